print("start")
import sys
print(sys.modules)

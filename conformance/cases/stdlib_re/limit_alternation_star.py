# corral: limit time_ms=200
# corral: expect-limit time
import re
print("start")
print(re.search('(a|aa)*c', 'a' * 5000))

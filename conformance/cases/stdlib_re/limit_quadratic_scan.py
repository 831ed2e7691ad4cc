# corral: limit time_ms=200
# corral: expect-limit time
import re
print("start")
print(len(re.findall('a*b', 'a' * 300000)))

# corral: limit time_ms=200
# corral: expect-limit time
import re
print("start")
print(re.match('(a+)+$', 'a' * 40 + 'b'))

print(sorted(dir([]))[:3])
print(len(globals()) > 0, type(vars()).__name__)
import math, json
print(math.floor(2.5), json.dumps([1]))

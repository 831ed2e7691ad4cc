print(abs(-1), min(3, 2), repr('x'))
print(len(globals()) > 0, type(vars()).__name__)
import math, json
print(math.floor(2.5), json.dumps([1]))

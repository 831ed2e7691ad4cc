import math
for x in [2.5, -2.5, 0.0, -0.0, 1e16 + 0.5, 3, -7, True, 10**30, -(10**30)]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x))
print(math.floor(1e300) == 10**300 // 1, type(math.floor(2.7)).__name__, type(math.ceil(False)).__name__)
class Num:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()))

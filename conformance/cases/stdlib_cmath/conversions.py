# Arguments may be ints, floats, bools, big ints, or objects with __complex__ / __float__.
import cmath

class C:
    def __complex__(self):
        return 3 + 4j

class F:
    def __float__(self):
        return 0.25

print(cmath.sqrt(C()), cmath.polar(C()), cmath.phase(C()))
print(cmath.sqrt(F()), cmath.exp(F()), cmath.rect(F(), F()))
print(cmath.sqrt(True), cmath.sqrt(10**20), cmath.log(10**100), cmath.log(2**1000, 2))
print(cmath.sqrt(-9), type(cmath.sqrt(4)).__name__, cmath.acos(2))

class Bad:
    def __complex__(self):
        return 5

try:
    cmath.sqrt(Bad())
except TypeError as e:
    print('TypeError', e)

from functools import total_ordering, singledispatch, cached_property
class NoOrder:
    def __eq__(self, other):
        return True
try:
    total_ordering(NoOrder)
except ValueError as e:
    print(type(e).__name__, e)
@total_ordering
class Box:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        if not isinstance(other, Box):
            return NotImplemented
        return self.v < other.v
try:
    Box(1) <= 5
except TypeError as e:
    print(type(e).__name__, e)
@singledispatch
def f(x):
    return "base"
try:
    f.register(int, 5, 6)
except TypeError as e:
    print(type(e).__name__, e)
try:
    @f.register
    def _(x):
        return "no annotation"
except TypeError as e:
    print(type(e).__name__, str(e).split(':')[0])
cp = cached_property(lambda self: 1)
class Late:
    pass
Late.value = cp
try:
    Late().value
except TypeError as e:
    print(type(e).__name__, e)

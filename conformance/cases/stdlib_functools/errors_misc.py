import functools as ft
def f(a):
    return a
tests = [
    lambda: ft.lru_cache(maxsize='a'),
    lambda: ft.lru_cache(1)(2),
    lambda: ft.cmp_to_key(lambda a, b: a - b)(1) < 3,
    lambda: ft.total_ordering(object),
    lambda: ft.singledispatch(f).register(1),
    lambda: ft.singledispatch(f)(),
    lambda: ft.lru_cache()(f)([]),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
class Slotted:
    __slots__ = ('x',)
    @ft.cached_property
    def value(self):
        return 1
try:
    Slotted().value
except TypeError as e:
    print(type(e).__name__, e)

# cast, overload, final, no_type_check and get_type_hints.
from typing import cast, final, get_type_hints, no_type_check, overload, Optional

print(cast(int, 'not an int'), cast('str', 5))

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x * 2

print(g(4), g('ab'))

@final
class K:
    pass

@no_type_check
def h(a: 'weird'):
    return a

print(K.__name__, h(1))

def f(a: int, b: str = 'x', c=None) -> None:
    pass

print(get_type_hints(f))

class Base:
    a: int

class Derived(Base):
    b: str
    c: float

print(get_type_hints(Derived), get_type_hints(Base), get_type_hints(len) if False else {})

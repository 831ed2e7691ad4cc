from dataclasses import dataclass, FrozenInstanceError
@dataclass(frozen=True)
class V:
    a: int
v = V(1)
try:
    v.a = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v.a
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    v.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(v)

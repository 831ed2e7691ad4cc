from dataclasses import dataclass
@dataclass(slots=True)
class S:
    a: int
    b: int = 1
s = S(1)
print(s, S.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 5
except AttributeError as e:
    print("AttributeError")
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash((1,)))
@dataclass
class NoHash:
    a: int
print(NoHash.__hash__)
try:
    hash(NoHash(1))
except TypeError as e:
    print("TypeError", e)

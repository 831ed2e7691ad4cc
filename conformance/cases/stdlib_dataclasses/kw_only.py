from dataclasses import dataclass, field, KW_ONLY
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K(b=0, a=9))
try:
    K(1)
except TypeError as e:
    print("TypeError", e)
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = field(default=3, repr=False)
print(K2(1, b=2), K2.__match_args__)
try:
    K2(1)
except TypeError as e:
    print("TypeError", e)
@dataclass
class K3:
    x: int = 0
    y: int = field(kw_only=True)
print(K3(y=1))

from dataclasses import dataclass, fields
@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Derived(Base):
    z: int = 9
    y: int = 5
print(Derived(1), Derived(1, 2, 3), [f.name for f in fields(Derived)])
@dataclass(frozen=True)
class FrozenBase:
    a: int
try:
    @dataclass
    class Thawed(FrozenBase):
        b: int = 1
except TypeError as e:
    print("TypeError", e)

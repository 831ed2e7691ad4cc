from dataclasses import dataclass, field, InitVar, fields
@dataclass
class C:
    a: int
    b: InitVar[int] = 5
    c: int = field(init=False, default=0)
    def __post_init__(self, b):
        self.c = self.a + b
print(C(1), C(1, 10), [f.name for f in fields(C)])
@dataclass
class Area:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(Area(2, 3.5))

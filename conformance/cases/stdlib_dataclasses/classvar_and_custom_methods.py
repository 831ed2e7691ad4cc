from dataclasses import dataclass, fields
from typing import ClassVar
@dataclass
class CV:
    count: ClassVar[int] = 0
    a: int = 1
    def __repr__(self):
        return "custom CV(%d)" % self.a
print(CV(), [f.name for f in fields(CV)], CV.count)
try:
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, o):
            return True
except TypeError as e:
    print("TypeError", e)

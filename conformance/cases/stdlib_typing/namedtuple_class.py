# class P(NamedTuple) builds a namedtuple with defaults and methods.
from typing import NamedTuple

class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)

p = Point(1)
print(p, p.x, p.y, p.norm())
print(Point._fields, Point._field_defaults, Point.__annotations__, Point.__name__)
print(p._asdict(), p._replace(y=5), Point._make([3, 4]), Point(x=3, y=-4).norm())
print(isinstance(p, tuple), len(p), p == (1, 0), tuple(p), p[0], p[-1])
a, b = Point(7, 8)
print(a, b, hash(Point(1, 2)) == hash((1, 2)), sorted([Point(2, 1), Point(1, 5)]))

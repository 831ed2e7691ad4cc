from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p))
x, y = p
print(x, y, p == (1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
print(p._asdict(), p._fields, Point._fields, Point._make([3, 4]), p._replace(x=9))
print(Point.__name__, type(p), p + (3,), p * 2, sorted([Point(2, 1), Point(1, 5)]))
Color = namedtuple('Color', 'red green, blue')
print(Color(1, 2, 3), Color._fields)
print(max([Point(1, 2), Point(3, 0)], key=lambda q: q.x))
print({Point(0, 0): 'origin'}[Point(0, 0)])

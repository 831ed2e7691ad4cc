from collections import namedtuple
Point = namedtuple('Point', 'x y')
P3 = namedtuple('P3', 'a b c', defaults=[0])
tests = [
    lambda: namedtuple('P', ['1x']),
    lambda: namedtuple('P', 'a def'),
    lambda: namedtuple('P', 'a _b'),
    lambda: namedtuple('P', 'a a'),
    lambda: namedtuple('P', 'a', defaults=[1, 2]),
    lambda: namedtuple('1P', 'a'),
    lambda: Point(1),
    lambda: Point(),
    lambda: Point(1, 2, 3),
    lambda: Point(1, 2, z=3),
    lambda: Point(1, x=2),
    lambda: P3(),
    lambda: P3(1, 2, 3, 4),
    lambda: Point._make([1]),
    lambda: Point(1, 2)._replace(z=1),
    lambda: setattr(Point(1, 2), 'x', 5),
    lambda: setattr(Point(1, 2), 'z', 5),
    lambda: Point(1, 2)[2],
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

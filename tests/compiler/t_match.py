class Color:
    RED = "red"
    GREEN = "green"
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(v):
    match v:
        case True:
            return "true"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case Color.RED:
            return "red!"
        case "a" | "b":
            return "letter"
        case (1, 2):
            return "tuple 1 2"
        case [x, [y, *zs]] if zs:
            return f"nested {x} {y} {zs}"
        case [x, [y, *zs]]:
            return f"nested-empty {x} {y}"
        case [*_, last]:
            return f"last {last}"
        case {"type": "pt", "x": px, **rest} if not rest:
            return f"pt {px}"
        case {"type": "pt", **rest}:
            return f"pt+ {sorted(rest)}"
        case {}:
            return "some mapping"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diagonal {xx}"
        case Point():
            return "point"
        case int(n) | float(n):
            return f"number {n}"
        case str(s):
            return f"str {s!r}"
        case _:
            return "other"
for v in [True, None, -1, 0, 2, "red", "a", (1, 2), [1, [2, 3, 4]], [1, [2]], [5, 6, 7],
          {"type": "pt", "x": 3}, {"type": "pt", "x": 3, "z": 1}, {"q": 1}, Point(0, 0),
          Point(0, 5), Point(3, 3), Point(1, 2), 7, 2.5, "zzz", b"bytes", "ab", []]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))
match [1, 2, 3]:
    case [1, *mid, 3]:
        print("mid", mid)
match {"a": 1, "b": 2}:
    case {"a": 1, **kw}:
        print("kw", kw)
def no_match(v):
    match v:
        case 1:
            return "one"
    return "fell through"
print(no_match(2))
x = 5
match x:
    case 5 if x > 10:
        print("no")
    case 5:
        print("five")

x = 0
while x < 10:
    x += 3
    if x == 6:
        continue
else:
    print("while else", x)
for c in "ab":
    pass
else:
    print("for else", c)
def m(v):
    match v:
        case 0 | 1:
            return "small"
        case [a, b, *rest]:
            return f"seq {a} {b} {rest}"
        case {"name": n, **others}:
            return f"map {n} {others}"
        case str() as text if len(text) > 3:
            return "long str"
        case None:
            return "none"
        case int(n) if n > 100:
            return "big"
        case _:
            return "other"
for v in [0, 1, [1, 2, 3, 4], {"name": "x", "k": 1}, "hello", "hi", None, 500, 5]:
    print(m(v))
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
match Pt(1, 2):
    case Pt(1, y=yy):
        print("pt", yy)
"last value"

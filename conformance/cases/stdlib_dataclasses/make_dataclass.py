from dataclasses import make_dataclass, field, fields, asdict
Point = make_dataclass("Point", [("x", int), ("y", int, field(default=0))])
p = Point(1)
print(p, asdict(p), [f.name for f in fields(Point)])
try:
    make_dataclass("Bad", ["a", "a"])
except TypeError as e:
    print("TypeError", e)
try:
    make_dataclass("Bad", ["not valid"])
except TypeError as e:
    print("TypeError", e)

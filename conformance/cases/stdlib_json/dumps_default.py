import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def enc(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError("cannot encode " + type(o).__name__)
print(json.dumps([Point(1, 2), {3, 1, 2}, {"p": Point(0, Point(5, 6))}], default=enc))
print(json.dumps(Point(1, 1), default=lambda o: o.__dict__, sort_keys=True))
try:
    json.dumps([1j], default=enc)
except TypeError as e:
    print("TypeError", e)

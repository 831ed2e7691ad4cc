import pprint
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
class Hidden:
    pass
pts = [Point(i, i * i) for i in range(12)]
pprint.pprint(pts, width=40)
print(pprint.isreadable(Hidden()), pprint.isreadable(Point(1, 2)))
try:
    pprint.pprint(1, 2, 3, 4, 5, 6, 7)
except TypeError as e:
    print("TypeError", e)

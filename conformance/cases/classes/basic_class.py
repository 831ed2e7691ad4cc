class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(3, 4)
print(p, p.norm2(), Point.dims, p.dims, [Point(1, 2)], str(p))
p.dims = 3
print(p.dims, Point.dims, sorted(vars(p)))

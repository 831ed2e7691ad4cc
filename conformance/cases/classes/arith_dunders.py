class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __repr__(self):
        return f"V({self.x}, {self.y})"
print(V(1, 2) + V(3, 4), sum([V(1, 1), V(2, 2)]), 3 * V(1, 2), V(1, 2) * 2, -V(1, 0))
print(V(1, 2) + 5)

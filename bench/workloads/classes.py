# Method calls, attribute reads and writes, a small class hierarchy.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, k):
        self.count += k
        return self.count


class Scaled(Counter):
    def bump(self, k):
        return Counter.bump(self, k * 2)


p = Point(0, 0)
step = Point(1, -2)
c = Counter()
s = Scaled()
for i in range(N):
    p = p.add(step)
    c.bump(i % 5)
    s.bump(1)
print(p.x, p.y, p.norm1(), c.count, s.count)

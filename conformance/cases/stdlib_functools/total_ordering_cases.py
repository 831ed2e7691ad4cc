from functools import total_ordering
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(3) >= V(2), V(2) >= V(3))
@total_ordering
class W:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"W({self.v})"
print(W(1) < W(2), W(1) > W(2), W(1) <= W(1), W(3) >= W(2), sorted([W(3), W(1), W(2)]))
@total_ordering
class Version:
    def __init__(self, s): self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, o): return self.parts == o.parts
    def __le__(self, o): return self.parts <= o.parts
print(Version('1.2') < Version('1.10'), Version('2.0') > Version('1.9'), max(Version('1.0'), Version('0.9')).parts)

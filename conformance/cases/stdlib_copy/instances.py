import copy
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
p = P([1])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q.x is p.x, r.x is p.x, type(r).__name__)
d = {1: P(2)}
d2 = copy.deepcopy(d)
print(d2, d2[1] is d[1])

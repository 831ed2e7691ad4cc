class P:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(vars(p), p.__dict__ is vars(p), "kind" in vars(p), sorted(k for k in vars(P) if not k.startswith("__")))
p.__dict__["z"] = 3
print(p.z)

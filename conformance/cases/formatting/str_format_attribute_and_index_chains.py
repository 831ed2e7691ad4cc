class C:
    def __init__(self):
        self.items = [{"k": ("x", "y")}]
        self.name = "obj"
c = C()
print("{0.name} {0.items[0][k][1]} {1[0]!r:>5}".format(c, ["q"]))
print("{.missing}".format(c))

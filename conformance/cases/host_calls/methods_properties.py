# corral: external echo counter
class Box:
    def __init__(self, v):
        self.v = echo(v)
    @property
    def doubled(self):
        return self.v * 2 + counter()
    def __repr__(self):
        return "Box(%r)" % echo(self.v)
b = Box(4)
print(b.doubled)
print(b)
print([Box(i) for i in range(2)])

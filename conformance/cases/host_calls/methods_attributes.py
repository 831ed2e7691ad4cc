# corral: external echo counter
class Box:
    def __init__(self, v):
        self.v = v
    def doubled(self):
        return self.v * 2 + counter()
    def show(self):
        return "Box(%r)" % echo(self.v)
b = Box(echo(4))
print(b.doubled())
print(b.show())
print([Box(echo(i)).show() for i in range(2)])
b.v = echo("replaced")
print(b.show())

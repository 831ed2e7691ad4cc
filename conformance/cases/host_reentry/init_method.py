# corral: external echo
class Box:
    def __init__(self, v):
        self.v = echo(v)
print(Box(4).v)

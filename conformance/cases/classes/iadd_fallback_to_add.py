class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)
class Acc2(Acc):
    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self
a = Acc(1)
a += 5
b = Acc2(1)
b2 = b
b += 5
print(a.v, b.v, b is b2)

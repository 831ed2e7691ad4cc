class Num:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("Num.__eq__")
        if isinstance(other, Num):
            return self.v == other.v
        return NotImplemented
print(Num(1) == Num(1), Num(1) != Num(2))
print(Num(1) == 1)
print(1 == Num(1))

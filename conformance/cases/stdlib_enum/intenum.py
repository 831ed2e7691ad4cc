from enum import IntEnum
class Num(IntEnum):
    A = 1
    B = 2
print(Num.A + Num.B, Num.B * 3, Num.A == 1, {1: "one"}[Num.A], int(Num.B), f"{Num.B:03d}")
print(Num(2) is Num.B, hex(Num.B), repr(Num.A), str(Num.A), Num.A < Num.B, sorted(Num, reverse=True))
print(isinstance(Num.A, int), [1, 2, 3][Num.A], Num.B.name)

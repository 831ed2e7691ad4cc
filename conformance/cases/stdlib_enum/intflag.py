from enum import IntFlag
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), rw & Perm.R, repr(rw ^ Perm.R))
print(int(rw), rw == 6, Perm(0), repr(Perm(0)), repr(Perm(8)), repr(~Perm.R), Perm.R | 1, repr(Perm.R | 1))
print(format(Perm.R), f"{rw:b}")

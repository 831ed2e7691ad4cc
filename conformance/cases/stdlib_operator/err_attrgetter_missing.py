from operator import attrgetter
class P:
    x = 1
print(attrgetter("x")(P()))
attrgetter("x.y")(P())

from collections import namedtuple
P3 = namedtuple('P3', 'a b c', defaults=[0, 1])
print(P3(5), P3(5, 6), P3(5, 6, 7), P3(a=1, c=9), P3._field_defaults)
R = namedtuple('R', 'abc def abc _x', rename=True)
print(R._fields, R(1, 2, 3, 4))
E = namedtuple('E', [])
print(E(), E._fields)
class Pair(namedtuple('Pair', 'left right')):
    __slots__ = ()
    def total(self):
        return self.left + self.right
print(Pair(1, 2), Pair(1, 2).total())

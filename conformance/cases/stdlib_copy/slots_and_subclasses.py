import copy
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
x = S()
y = copy.deepcopy(x)
print(y.a, y.a is x.a, hasattr(y, "b"))
class L(list):
    pass
ll = L([1, [2]])
lc = copy.deepcopy(ll)
print(type(lc).__name__, lc, lc[1] is ll[1])

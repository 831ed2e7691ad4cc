import copy
def f():
    pass
print(copy.copy(5), copy.deepcopy("s"), copy.copy(None), copy.deepcopy(f) is f, copy.deepcopy(int) is int)
print(copy.deepcopy(3.5), copy.deepcopy(b"b"), copy.copy(range(3)), copy.deepcopy(frozenset({1})))

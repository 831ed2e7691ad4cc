print((), (1,), ((),), (1, (2, (3,))), ([], {}), ("s",), (None, True, 1.0))
print(tuple(range(3)) + tuple("ab"), tuple({"k": 1}), (1, 2) * 2)

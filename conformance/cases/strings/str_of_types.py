print(str(1), str(1.5), str([1, "a"]), str((1,)), str({"k": "v"}), str(None), str(b"hi"), str(True))
print(repr([1, "a", 'b"c']), repr((1, 2)), repr({1: "x"}), repr(set()), repr(frozenset()))

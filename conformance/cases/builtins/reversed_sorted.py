print(list(reversed([1, 2, 3])), list(reversed(range(4))), list(reversed("ab")), list(reversed((1, 2))))
print(sorted("banana"), sorted([3, 1, 2], reverse=True), sorted({"b": 1, "a": 2}), sorted([-3, 1, -2], key=abs))
print(sorted(["B", "a", "C"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]))

xs = ["a", "b", "c", "b", "a"]
print(xs.index("b"), xs.index("b", 2), xs.index("a", -1), xs.index("c", 0, 3))
print(xs.index("c", 3))

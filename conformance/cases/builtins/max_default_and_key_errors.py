print(max([], default=None), max([1, 3], key=lambda v: -v), min("b", "a", key=str.upper))
print(max(3, 4, default=0))

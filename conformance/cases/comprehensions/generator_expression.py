g = (x * 2 for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc"]), any(x > 3 for x in [1, 5]))

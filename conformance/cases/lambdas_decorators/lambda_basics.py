add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda *a, **k: (a, k))(1, x=2), (lambda: "no args")())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda x: x ** 2, range(4))))
print(add.__name__)

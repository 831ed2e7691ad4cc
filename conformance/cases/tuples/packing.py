t = 1, 2, 3
a, *rest = t
print(t, a, rest, type(rest).__name__)
def f():
    return 1, "two"
x = f()
print(x, type(x).__name__)

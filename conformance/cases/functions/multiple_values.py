def f(a, b):
    return a
print(f(1, b=2))
f(1, a=2)

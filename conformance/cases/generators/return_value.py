def g():
    yield "a"
    return 42
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("return value", e.value)
print(list(g()))

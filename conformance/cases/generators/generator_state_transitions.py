def g():
    yield 1
it = g()
print(it.gi_running)
next(it)
print(list(it), it.gi_running)

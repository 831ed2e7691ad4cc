def f():
    pass
f.__code__

x = None
print(x, repr(x), x is None, x == None, type(x).__name__, bool(x), str(None))
def f():
    pass
print(f(), f() is None)

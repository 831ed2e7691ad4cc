from contextlib import contextmanager
@contextmanager
def tag(name):
    print("<%s>" % name)
    yield
    print("</%s>" % name)
@tag("deco")
def f(x):
    print("f", x)
    return x * 2
print(f(3), f.__name__)
print(f(4))

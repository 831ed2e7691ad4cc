from contextlib import contextmanager
@contextmanager
def tag(name):
    print("enter", name)
    try:
        yield
    finally:
        print("exit", name)
try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
with swallow():
    raise KeyError("k")
print("after swallow")

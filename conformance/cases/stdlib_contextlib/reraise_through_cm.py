from contextlib import contextmanager
@contextmanager
def noisy():
    print("enter")
    try:
        yield
    finally:
        print("cleanup")
with noisy():
    print("working")
try:
    with noisy():
        raise ValueError("from the with body")
except ValueError as e:
    print("ValueError", e, type(e.__context__))

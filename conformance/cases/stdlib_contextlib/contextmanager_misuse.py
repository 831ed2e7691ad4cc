from contextlib import contextmanager
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
@contextmanager
def ignores():
    while True:
        try:
            yield
        except ZeroDivisionError:
            pass
try:
    with ignores():
        1 / 0
except RuntimeError as e:
    print("RuntimeError", e)

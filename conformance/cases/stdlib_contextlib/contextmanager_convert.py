from contextlib import contextmanager
@contextmanager
def convert():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
try:
    with convert():
        1 / 0
except ValueError as e:
    print(e, type(e.__cause__).__name__)

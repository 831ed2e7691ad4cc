def inner():
    try:
        [].pop()
    except IndexError as e:
        raise KeyError("converted") from e
def outer():
    try:
        inner()
    except KeyError:
        raise RuntimeError("outer failure") from None
try:
    outer()
except RuntimeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
outer()

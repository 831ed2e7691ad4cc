def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            return "one"
        r = 10 // (x - 2)
    except ValueError as e:
        print("VE", e)
        return "ve"
    except (ZeroDivisionError, KeyError) as e:
        print("ZD", type(e).__name__)
    else:
        print("else", r)
    finally:
        print("finally", x)
    return "end"
for i in range(4):
    print(f(i))
try:
    e
except NameError as ne:
    print("e deleted:", ne)
def loop():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("no")
    return i
print(loop())
def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("caught", repr(e))
nested()
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    raise RuntimeError("x") from KeyError("y")
except RuntimeError as e:
    print(repr(e.__cause__))
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("assert", e)
try:
    assert False
except AssertionError as e:
    print("assert2", repr(e))
def fin_return():
    try:
        return 1
    finally:
        print("fin_return")
print(fin_return())
def swallow():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(swallow())
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None)
        return self.n == 2
with CM(1) as a, CM(2) as b:
    print("in", a, b)
    raise ValueError
print("after")
def wret():
    with CM(3):
        return "from with"
print(wret())
for i in range(2):
    with CM(10 + i):
        if i == 0:
            continue
        break
try:
    with CM(4):
        raise KeyError("x")
except KeyError:
    print("propagated")
try:
    raise
except RuntimeError as e:
    print(e)

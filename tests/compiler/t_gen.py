def g1():
    try:
        for i in range(3):
            try:
                yield i
            finally:
                print("inner fin", i)
    finally:
        print("outer fin")
print(list(g1()))
def g2():
    x = yield 1
    try:
        y = yield (x or 0) + 1
    except KeyError as e:
        yield ("caught", e.args)
    return "ret"
it = g2()
print(next(it), it.send(10), it.throw(KeyError("k")))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
def g3():
    r = yield from g2()
    yield r
print(list(g3()))
def g4():
    with open_cm() as v:
        yield v
class open_cm:
    def __enter__(self):
        print("enter"); return "v"
    def __exit__(self, *a):
        print("exit", a[0]); return False
for v in g4():
    print("got", v)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def outer_gen():
    def inner():
        yield from range(3)
    yield from inner()
    yield from [10, 11]
print(list(outer_gen()))
gen = (i * i for i in range(5) if i % 2 == 0)
print(next(gen), list(gen))
def loop_return():
    for i in range(10):
        for j in range(10):
            if i * j == 6:
                return i, j
print(loop_return())
def while_else(n):
    i = 0
    while i < n:
        if i == 5:
            break
        i += 1
    else:
        return "no break"
    return "break"
print(while_else(3), while_else(10))
def early():
    try:
        return "try"
    except Exception:
        return "except"
    else:
        return "else"
print(early())
def exc_in_else():
    try:
        pass
    except ValueError:
        return "wrong"
    else:
        try:
            raise ValueError("from else")
        except ValueError as e:
            return str(e)
print(exc_in_else())

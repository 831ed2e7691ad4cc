def f():
    out = []
    for i in range(6):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        except ValueError as e:
            if i == 3:
                continue
            if i == 5:
                break
            out.append(("odd", e.args[0]))
        finally:
            out.append("f")
    return out
print(f())
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0])
def g():
    for i in range(3):
        with CM():
            try:
                for j in range(3):
                    if j == 1:
                        return (i, j)
            finally:
                print("tf")
print(g())
def h():
    while True:
        try:
            return "r"
        finally:
            break
    return "after break"
print(h())
def k():
    for i in range(3):
        try:
            continue
        finally:
            print("k", i)
k()
def nested_handlers():
    try:
        raise KeyError(1)
    except KeyError:
        try:
            raise ValueError(2)
        except ValueError as e:
            print("inner", repr(e))
        print("still", "ok")
    try:
        raise TypeError
    except (KeyError, TypeError):
        print("tuple match")
    try:
        try:
            raise OSError("x")
        except KeyError:
            print("no")
    except Exception as e:
        print("outer", type(e).__name__)
nested_handlers()
def walrus():
    data = [1, 5, 8, 2]
    if any((hit := x) > 4 for x in data):
        print("hit", hit)
    print([last := y * 2 for y in range(3)], last)
walrus()
def unbound():
    try:
        print(zz)
    except UnboundLocalError as e:
        print(e)
    zz = 1
unbound()
def delcell():
    v = 1
    def r(): return v
    del v
    try:
        r()
    except NameError as e:
        print(e)
delcell()
def kwmerge(**kw): return sorted(kw.items())
print(kwmerge(**{"a": 1}, b=2, **{"c": 3}))
try:
    kwmerge(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
class A:
    def m(self, *a, **k): return (a, k)
print(A().m(*[1, 2], x=3), A().m(1, *(2,), **{"y": 4}))
def fclass():
    v = "fv"
    class K:
        v = "class v"
        def get(self):
            return v
        w = v
    return K().get(), K.w
print(fclass())
x = y = [0]
x[0] = z = 7
print(x, y, z)
a = [1, 2, 3]
a[0], a[2] = a[2], a[0]
print(a)
i = 10
print([i for i in range(3)], i)
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2))
print((lambda *a, **k: (a, k))(1, 2, z=3))
s = 0
for x, (y, *zs) in [(1, (2, 3, 4)), (5, (6,))]:
    s += x + y + len(zs)
print(s)
def g2():
    x = yield
    while x is not None:
        x = yield x * 2
gg = g2(); next(gg)
print(gg.send(3), gg.send(4))
print(type(lambda: 0).__name__, (lambda: 0).__qualname__)
def q():
    def inner(): pass
    return inner.__qualname__, (lambda: 0).__qualname__, [n for n in [inner.__name__]]
print(q())

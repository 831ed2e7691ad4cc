def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 7}))
def pos(a, b, /, c):
    return a + b + c
print(pos(1, 2, c=3))
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
c(); c(5)
print(c())
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner()
    return mid()
print(outer())
g = 100
def use_global():
    global g
    g += 1
    return g
print(use_global(), g)
lam = lambda x, *, y=2: x * y
print(lam(3), lam(3, y=5))
def deco(fn):
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper
@deco
def h(x):
    return x + 1
print(h(1))
print(f.__name__, counter.__qualname__, c.__qualname__)
def gen(n):
    for i in range(n):
        got = yield i
        if got:
            print("got", got)
    return "done"
print(list(gen(3)))
def deleg():
    r = yield from gen(2)
    print("r", r)
    yield "end"
print(list(deleg()))
print(sum(x * x for x in range(5)))
print({k: v for k, v in zip("ab", (1, 2))}, {x % 3 for x in range(10)})
print([(i, j) for i in range(3) for j in range(i) if (i + j) % 2])
def cells(a):
    def get():
        return a
    a = a * 2
    return get
print(cells(4)())
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(10))

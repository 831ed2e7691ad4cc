def a():
    v = 0
    def b():
        def c():
            nonlocal v
            v += 1
        c()
        c()
    b()
    return v
print(a())
def shadow():
    x = "outer"
    def inner():
        x = "inner"
        def innermost():
            return x
        return innermost()
    return inner(), x
print(shadow())
def late_binding():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = 10
    return [f() for f in fs]
print(late_binding())
x = "global"
def reads_global():
    return x
def class_in_func():
    x = "enclosing"
    class K:
        print(x)
        x = "class"
        print(x)
        def m(self):
            return x
    return K().m()
print(reads_global(), class_in_func())
def class_nonlocal():
    y = 1
    class K:
        nonlocal y
        y = 2
    return y
print(class_nonlocal())
def comp_scope():
    n = 3
    return [[i * n for i in range(j)] for j in range(n)]
print(comp_scope())
class Outer:
    val = 1
    class Inner:
        def get(self):
            return __class__.__qualname__
    def get(self):
        return [__class__.__name__ for _ in range(1)]
print(Outer.Inner().get(), Outer().get())
def gen_closure():
    total = 0
    def add(n):
        nonlocal total
        total += n
        yield total
    for k in range(3):
        yield from add(k)
print(list(gen_closure()))
def arg_cell(a, *rest, k=5, **kw):
    def show():
        return a, rest, k, kw
    a = a + 1
    return show()
print(arg_cell(1, 2, 3, k=7, z=9))
lam = lambda n: (lambda m: n + m)
print(lam(2)(3))
def del_global():
    global tmp
    tmp = 5
    del tmp
del_global()
print("tmp" in globals())
def walrus_scope():
    [w := i for i in range(4)]
    return w
print(walrus_scope())
print([(lambda: k)() for k in range(3)])

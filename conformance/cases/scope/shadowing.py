x = "global"
def f():
    x = "local f"
    def g():
        return x
    return g()
def h():
    return x
print(f(), h(), x)
len = lambda s: "shadowed"
print(len("abc"))
del len
print(len("abc"))

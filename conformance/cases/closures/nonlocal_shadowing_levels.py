x = "global"
def a():
    x = "a"
    def b():
        x = "b"
        def c():
            nonlocal x
            x = "c changed b"
            return x
        c()
        return x
    r = b()
    return r, x
print(a(), x)

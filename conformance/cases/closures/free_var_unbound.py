def outer():
    def inner():
        return v
    r = inner
    v = 1
    del v
    return r()
print("calling")
outer()

def outer():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a *= 2
        inner()
    mid()
    return a
print(outer())

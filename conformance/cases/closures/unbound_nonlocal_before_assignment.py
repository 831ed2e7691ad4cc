def outer():
    def inner():
        nonlocal val
        val += 1
        return val
    result = inner()
    val = 0
    return result
print("start")
outer()

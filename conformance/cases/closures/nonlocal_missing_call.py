def outer():
    data = {"n": 0}
    def bump():
        data["n"] += 1
        return data["n"]
    return bump
b = outer()
print(b(), b())
def broken():
    def inner():
        count += 1
    count = 0
    inner()
broken()

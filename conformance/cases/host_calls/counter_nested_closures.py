# corral: external counter
def outer():
    taken = []
    def inner():
        taken.append(counter())
        return taken
    return inner
f = outer()
f()
print(f())
g = lambda: counter() * 10
print(g(), g())

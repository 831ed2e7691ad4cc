# corral: divergence code introspection (__code__, __closure__) is absent by design; see docs/divergences.md
def make(n):
    def f():
        return n
    return f
f = make(7)
print(f.__closure__[0].cell_contents, len(f.__closure__), make.__closure__)

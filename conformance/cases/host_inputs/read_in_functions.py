# corral: inputs base=10 label="n"
def scale(k):
    return base * k
def make():
    def inner(v):
        return label + "=" + str(scale(v))
    return inner
print(scale(3))
print(make()(4))
print([scale(i) for i in range(3)])
print((lambda: base + 1)())

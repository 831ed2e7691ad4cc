# corral: external counter
def f(x=counter()):
    return x
print(f(), f(), f(5))
print(counter())

calls = []
def stamp():
    calls.append(len(calls))
    return len(calls)
def f(x=stamp()):
    return x
print(f(), f(), f(9), calls)

def make_adders():
    adders = []
    for n in range(3):
        def add(x, n=n):
            return x + n
        adders.append(add)
    late = [lambda x: x + n for n in range(3)]
    return adders, late
a, l = make_adders()
print([f(10) for f in a], [f(10) for f in l])

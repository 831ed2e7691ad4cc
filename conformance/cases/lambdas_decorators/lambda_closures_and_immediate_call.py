adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print({k: f(10) for k, f in adders.items()})
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
sq = lambda x: x * x
print(compose(inc, sq)(5), compose(sq, inc)(5), (lambda *fs: [f(2) for f in fs])(inc, sq))
print((lambda: (yield))().__class__.__name__)

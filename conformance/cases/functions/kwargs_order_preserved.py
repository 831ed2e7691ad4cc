def f(**kw):
    return list(kw.items())
print(f(z=1, a=2, m=3))
def g(*args, sep="-", **kw):
    return sep.join(map(str, args)) + str(sorted(kw))
print(g(1, 2, 3), g(1, sep="+", x=1, b=2))

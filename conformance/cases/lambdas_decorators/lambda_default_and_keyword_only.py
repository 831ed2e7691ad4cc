f = lambda a, *, b=2, **kw: (a, b, sorted(kw))
print(f(1), f(1, b=3), f(1, c=4, d=5))
print(f(1, 2))

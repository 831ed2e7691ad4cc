def f(**kw):
    return sorted(kw)
print(f(**{"a": 1}, **{"b": 2}))
f(**{"a": 1}, **{"a": 2})

def inner():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            return got
        got.append(v)
def outer():
    result = yield from inner()
    yield f"inner returned {result}"
g = outer()
print(next(g), g.send("a"), g.send("b"), g.send(None))

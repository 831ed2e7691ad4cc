# corral: external echo record
def gen():
    x = yield echo(1)
    print("got", x)
    yield record(x)
    yield echo("last")
g = gen()
print(next(g))
print(g.send("sent"))
print(next(g))
print([v for v in (echo(i) for i in range(3))])
print(next(g, "exhausted"))

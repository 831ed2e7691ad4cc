# corral: external fail echo
def gen():
    yield echo(1)
    yield fail("StopIteration", "not a real stop")
g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__)
def gen2():
    yield 1
    fail("LookupError", "in gen2")
for v in gen2():
    print("v", v)

class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        x = yield ("suspend", self.v)
        return x
async def inner(v):
    r = await Awaitable(v)
    return r * 2
async def outer():
    a = await inner(1)
    b = await inner(2)
    return a + b
def run(coro):
    val = None
    try:
        while True:
            req = coro.send(val)
            print("yielded", req)
            val = req[1] + 10
    except StopIteration as e:
        return e.value
print(run(outer()))
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "res"
    async def __aexit__(self, t, v, tb):
        print("aexit", t)
        return False
async def use_with():
    async with ACM() as r:
        print("body", r)
    return "ok"
print(run(use_with()))
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i
async def use_for():
    out = []
    async for x in AIter():
        out.append(x)
    else:
        out.append("else")
    return out
print(run(use_for()))
def g():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
for v in g():
    print(v)
it = g()
print(next(it))
it.close()
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda: i for i in range(3)]
print([f() for f in fs2])
print([y for x in [[1, 2], [3]] for y in x])
print((lambda: (yield 5))().send(None))

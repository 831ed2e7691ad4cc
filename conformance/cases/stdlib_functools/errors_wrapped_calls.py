from functools import partial, wraps, lru_cache, singledispatch
def two(a, b):
    return a + b
p = partial(two, 1)
@lru_cache
def one(a):
    return a
@singledispatch
def disp(x):
    raise NotImplementedError(f"no handler for {type(x).__name__}")
tests = [
    lambda: p(2, 3),
    lambda: p(c=4),
    lambda: one(),
    lambda: one({}),
    lambda: disp(1.5),
    lambda: partial(two, 1, 2, 3)(),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

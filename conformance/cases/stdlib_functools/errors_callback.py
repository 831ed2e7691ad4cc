from functools import reduce, lru_cache
def bad(a, b):
    raise ValueError(f"cannot combine {a} and {b}")
try:
    reduce(bad, [1, 2])
except ValueError as e:
    print(type(e).__name__, e)
calls = []
@lru_cache
def fails(x):
    calls.append(x)
    raise KeyError(x)
for _ in range(2):
    try:
        fails(3)
    except KeyError as e:
        print(type(e).__name__, e)
print(calls, fails.cache_info())

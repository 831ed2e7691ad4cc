from functools import lru_cache, cache
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); sq(1)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@lru_cache
def ident(x):
    return x
ident(1); ident(1.0); ident(True)
print(ident.cache_info(), ident.__name__, ident.__wrapped__.__name__)
@lru_cache(typed=True)
def ident2(x):
    return x
print(ident2(1), ident2(1.0), ident2.cache_info())
@cache
def c(a, b=0):
    return a + b
c(1); c(1, b=0); c(1, 0); c(1)
print(c.cache_info(), c.cache_info().hits, c.cache_info().maxsize)
@lru_cache(maxsize=0)
def z(x):
    return x
z(1); z(1)
print(z.cache_info())

def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15), fib.calls)
fib.calls = 0
print(fib(5), fib.calls)

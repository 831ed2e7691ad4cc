# Recursive calls: N is the fib argument (cost grows as phi**N, so sizes step by 1-2).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(N))

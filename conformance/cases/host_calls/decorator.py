# corral: external counter
def traced(fn):
    n = counter()
    def wrapper(*args):
        print("call", n, fn.__name__, args)
        return fn(*args)
    return wrapper
@traced
def add1(x):
    return x + 1
print(add1(1))
print(add1(counter()))

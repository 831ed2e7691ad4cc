def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
def depth(x):
    return 1 + max((depth(i) for i in x), default=0) if isinstance(x, list) else 0
print(depth(nest(10)), depth([1, [2, [3]], []]))
try:
    depth(nest(2000))
except RecursionError:
    print("too deep")

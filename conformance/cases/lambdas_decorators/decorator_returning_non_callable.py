def broken(fn):
    return None
@broken
def f():
    return 1
print(f)
f()

# corral: limit recursion=40
def f(n):
    return f(n + 1)
print("go")
f(0)

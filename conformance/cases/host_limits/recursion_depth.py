# corral: limit recursion=50
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
for k in range(40, 60):
    try:
        depth(k)
    except RecursionError:
        print("first failing depth:", k)
        break

# corral: limit recursion=1000000 memory=200000000 time_ms=5000
# hostile: expect limit=memory|recursion|time|error=RecursionError
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(10**6))

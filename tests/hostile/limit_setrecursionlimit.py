# corral: limit recursion=100 time_ms=5000
# hostile: expect error=RecursionError|error=ValueError
import sys
sys.setrecursionlimit(10**6)
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(50000))

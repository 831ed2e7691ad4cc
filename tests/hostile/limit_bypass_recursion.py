# corral: limit recursion=100 time_ms=5000
# hostile: expect error=RecursionError|error=AttributeError|error=TypeError|error=ValueError
# The host's recursion limit must hold even if the program edits the
# support module's state and asks sys for more.
import _corral_support, sys
_corral_support._run_limit = 10**6
sys.setrecursionlimit(10**6)
def down(n):
    return 0 if n == 0 else 1 + down(n - 1)
print(down(50000))

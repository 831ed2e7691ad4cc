# corral: limit time_ms=500
# hostile: expect limit=time|error=ValueError
# int -> str of a huge number (CPython 3.11 refuses beyond 4300 digits)
x = 7 ** 3000000
s = str(x)

# corral: inputs n=None
print(n)
print(n is None, repr(n))
print(n or "fallback")

# corral: limit time_ms=5000
# hostile: expect ok|error=RecursionError
t = ()
for _ in range(10**6):
    t = (t,)
print(type(hash(t)).__name__)

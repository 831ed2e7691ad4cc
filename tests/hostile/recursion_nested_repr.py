# corral: limit time_ms=5000
# hostile: expect ok|error=RecursionError
x = []
for _ in range(10**6):
    x = [x]
print(len(repr(x)) > 0)

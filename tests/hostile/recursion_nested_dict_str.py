# corral: limit time_ms=5000
# hostile: expect ok|error=RecursionError
d = {}
for _ in range(10**6):
    d = {"k": d}
print(len(str(d)) > 0)

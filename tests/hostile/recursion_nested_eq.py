# corral: limit time_ms=5000
# hostile: expect ok|error=RecursionError
a = []
b = []
for _ in range(10**6):
    a = [a]
    b = [b]
print(a == b)

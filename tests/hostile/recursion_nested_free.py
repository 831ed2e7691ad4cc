# corral: limit time_ms=5000
# hostile: expect ok
# a deep chain freed at the end of the run must not recurse in C
x = None
for _ in range(10**6):
    x = [x]
print("built")

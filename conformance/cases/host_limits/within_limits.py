# corral: limit memory=10000000 fuel=1000000 time_ms=5000 allocations=100000
total = 0
for i in range(1000):
    total += i
print(total)
print(len("x" * 1000), len([0] * 1000))

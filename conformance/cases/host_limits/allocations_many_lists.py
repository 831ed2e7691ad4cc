# corral: limit allocations=1000
# corral: expect-limit allocations
print("allocating")
lists = [[i] for i in range(100000)]

# corral: limit memory=10000000
# corral: expect-limit memory
print("before")
big = [0] * 10 ** 12
print("not reached")

# corral: limit memory=10000000
# corral: expect-limit memory
print("before")
s = "a" * 10 ** 10
print("not reached")

# corral: limit memory=10000000
# corral: expect-limit memory
print("before")
try:
    s = "a" * 10 ** 10
except MemoryError:
    print("caught: a limit stop is not an exception")
print("not reached")

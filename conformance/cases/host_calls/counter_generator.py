# corral: external counter
def numbers(n):
    for _ in range(n):
        yield counter()
gen = numbers(3)
print("created")
print(next(gen))
print(next(gen))
for value in numbers(2):
    print("loop", value)
print(next(gen))
print(next(gen, "done"))

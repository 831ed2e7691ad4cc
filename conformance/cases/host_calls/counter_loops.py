# corral: external counter
for i in range(3):
    print(i, counter())
n = 0
while counter() < 8:
    n += 1
print("loops", n)
print(counter())

# A small function called once per iteration.
def step(acc, i):
    return (acc * 31 + i) % 1000003

acc = 0
for i in range(N):
    acc = step(acc, i)
print(acc)

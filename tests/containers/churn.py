d = {0: 0}
for i in range(1, 100000):
    d[i] = 1
    del d[i]
print(len(d), d)
s = {0}
for i in range(1, 100000):
    s.add(i)
    s.discard(i)
print(s)
d = {i: i for i in range(1000)}
while len(d) > 1:
    d.popitem()
for i in range(5000):
    d[-i - 1] = 1
    d.popitem()
print(d)

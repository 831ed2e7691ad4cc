d = {}
n = 10**6
for i in range(n):
    d[i] = i
for i in range(n):
    del d[i]
print(len(d))
for i in range(n):
    d[i] = i
for i in range(0, n, 2):
    del d[i]
for i in range(0, n, 2):
    d[i] = 1
print(len(d))
s = set()
for i in range(n):
    s.add(i)
while s:
    s.pop()
print(len(s))

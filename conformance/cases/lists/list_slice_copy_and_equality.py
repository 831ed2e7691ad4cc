a = [[1], [2]]
b = a[:]
b[0].append(9)
b[1] = "new"
print(a, b, a[0] is b[0])
print(list(range(10))[-3:-1], list(range(10))[8:100])

# Sorting ints, tuples and strings (with and without a key).
seed = 12345
xs = []
for i in range(N):
    seed = (seed * 1103515245 + 12345) % 2147483648
    xs.append(seed % 100000)
a = sorted(xs)
b = sorted(xs, reverse=True)
pairs = [(x % 100, -x) for x in xs]
pairs.sort()
names = ["n" + str(x) for x in xs[: N // 2]]
names.sort(key=len)
c = sorted(xs, key=lambda v: (v % 10, v))
print(a[0], a[-1], b[0], pairs[0], pairs[-1], names[0], c[N // 2])

seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
digest = 0
for size in [0, 1, 2, 3, 5, 31, 32, 33, 64, 65, 100, 257, 1000, 4099]:
    for shape in range(5):
        if shape == 0:
            data = [rnd(size // 3 + 1) for _ in range(size)]
        elif shape == 1:
            data = list(range(size))
        elif shape == 2:
            data = list(range(size, 0, -1))
        elif shape == 3:
            data = [i // 4 for i in range(size)][::-1]
        else:
            data = list(range(size))
            for _ in range(size // 10 + 1):
                if size:
                    data[rnd(size)] = rnd(size)
        pairs = [(x, i) for i, x in enumerate(data)]
        for rev in (False, True):
            a = sorted(pairs, key=lambda p: p[0], reverse=rev)
            b = sorted(data, reverse=rev)
            c = data[:]
            c.sort(key=lambda v: -v, reverse=rev)
            for i, p in enumerate(a):
                digest = (digest * 31 + p[0] * 7 + p[1] + i) % 1000000007
            for v in b + c:
                digest = (digest * 31 + v) % 1000000007
print(digest)

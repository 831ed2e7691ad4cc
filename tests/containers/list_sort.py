def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
l = [5, 3, 8, 1, 9, 2]
l.sort(); print(l)
l.sort(reverse=True); print(l)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, 'b'), (0, 'a'), (1, 'a'), (0, 'b')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
err(lambda: sorted([1, 'a', 2]))
err(lambda: [3, None].sort())
x = [3, 1, 2]
def kf(v):
    if v == 2:
        raise KeyError('kf')
    return v
err(lambda: x.sort(key=kf))
print(sorted(x))
err(lambda: x.sort(1))
err(lambda: x.sort(foo=1))

r = [(i * 7919) % 2000 for i in range(2000)]
r.sort(); print(r == list(range(2000)))
r = [(i * 7919) % 2000 for i in range(2000)]
r.sort(reverse=True); print(r == list(range(1999, -1, -1)))
st = [(i % 3, i) for i in range(100)]
print(sorted(st, key=lambda p: p[0])[:5], sorted(st, key=lambda p: p[0], reverse=True)[:5])
fl = [2.5, -1.0, 3, 0, 1.5]
print(sorted(fl))
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return 'C(%d)' % self.v
print(sorted([C(3), C(1), C(2)]))
m = [3, 2, 1]
def mutate(v):
    m.append(0)
    return v
err(lambda: m.sort(key=mutate))
print(sorted(set([3, 1, 2])), sorted('cba'), sorted({'b': 1, 'a': 2}))
print(sorted([[2, 1], [1, 2], [1]]))
big = [(i * 1103515245 + 12345) % 100000 for i in range(100000)]
big.sort(); print(all(big[i] <= big[i + 1] for i in range(len(big) - 1)))

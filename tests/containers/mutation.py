def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
l = [1, 2, 3]
for x in l:
    if x < 5:
        l.append(x + 5)
print(l)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
class EqBoom:
    def __eq__(self, o):
        raise RuntimeError('eq')
err(lambda: [1, EqBoom()].index(5))
err(lambda: [EqBoom()].count(1))
err(lambda: EqBoom() in [1, 2])
err(lambda: [EqBoom()] == [1])
err(lambda: (EqBoom(),) < (1,))
d = {}
class Mut:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
    def __eq__(self, o):
        d.clear()
        return False
d[Mut(1)] = 1
d[Mut(1)] = 2
print(len(d))
print({-1: 'a', -2: 'b'}, hash(-1), hash(-2))
nan = float('nan')
dn = {nan: 1}
print(dn[nan], len({float('nan'): 1, float('nan'): 2}))
print({1, 1.0, True}, {0, 0.0, False, -0.0})
print({(1, 2), (1, 2)}, len({frozenset([1]), frozenset([1])}))
err(lambda: {1, 2} & {[]: 1})
err(lambda: set([[1]]))
err(lambda: {1}.issubset([[1]]))
err(lambda: {1}.isdisjoint([[1]]))
err(lambda: {(): 1} | {[]: 2})
s = set(range(100))
print(s == set(range(99, -1, -1)), s <= set(range(200)), frozenset(s) == s)
big = {i: i for i in range(1000)}
for i in range(1000):
    if i % 3:
        del big[i]
print(len(big), list(big)[:5], list(reversed(big))[:3])
for i in range(10):
    big.popitem()
print(len(big), list(big)[-2:])
q = {}
for i in range(50000):
    q[i] = i
    if i >= 10:
        del q[next(iter(q))]
print(len(q), list(q))
li = [3, 1, 2]
it = iter(li)
li.sort()
print(list(it))
r = list(range(20))
del r[::-3]
print(r)
r[1:15:4] = 'abc'
print(r)
err(lambda: r.__setitem__(slice(1, 15, 4), 'ab'))
print([i for i in reversed(range(-5, 5, 3))], list(range(10))[::-1][::3])

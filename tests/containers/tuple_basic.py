def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t = (1, 2, 3)
print(t, (1,), (), len(t), t[0], t[-1], t[1:], 2 in t, t.count(2), t.index(3))
err(lambda: t[5])
err(lambda: t['a'])
err(lambda: t.index(9))
err(lambda: t + [1])
err(lambda: t * 'a')
print(t + (4,), t * 2, 2 * t, t * 0, () * 5)
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(('a',)) == hash(('a',)), hash((1, 2.0)) == hash((1, 2)))
err(lambda: hash((1, [2])))
print((1, 2) < (1, 3), (1, 2) == (1, 2), (1,) < (1, 0), (2,) > (1, 5), (1, 2) != (1, 2))
err(lambda: (1,) < ('a',))
print(tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({1: 2}))
err(lambda: tuple(1))
print({(1, 2): 'a'}[(1, 2)], repr((1, 'a', None)), ((1,),))
a, *b = (1, 2, 3); print(a, b)
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def total(self): return self[0] + self[1]
p = P(1, 2); print(p, p.total(), len(p), p[0], type(p).__name__, isinstance(p, tuple))
print(list(reversed((1, 2, 3))), list(iter(())))
err(lambda: (0,) * 10**12)
print(t.index(2, 0, 3), t.index(3, -1))
err(lambda: t.index(1, 1))

def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

l = [3, 1, 2]
l.append(4); l.extend((5, 6)); l.extend(x for x in [7]); l.insert(0, 0); l.insert(-1, 'm'); l.insert(100, 'end'); l.insert(-100, 'start')
print(l, len(l))
print(l.pop(), l.pop(0), l.pop(-2), l)
err(lambda: [].pop())
err(lambda: [1].pop(5))
l.remove(3); print(l)
err(lambda: l.remove('zz'))
print(l.index(2), l.index(2, 1), l.count(1), [1, 1, 2].count(1))
err(lambda: l.index(99))
err(lambda: l.index('x'))
err(lambda: [1, 2, 3].index(1, 1))
l.reverse(); print(l)
c = l.copy(); c.clear(); print(c, l)
print([1, 2] + [3], [1] * 3, 3 * [1], [] * 5, [1, 2] * 0, [1] * -1)
err(lambda: [1] + (2,))
err(lambda: [1] * 1.5)
err(lambda: [0] * 10**12)
err(lambda: [0] * 10**30)
a = [1]; a += (2, 3); a += 'ab'; print(a)
b = [1, 2]; b *= 2; print(b); b *= 0; print(b)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1] <= [1], [] >= [])
err(lambda: [1] < ['a'])
err(lambda: [1, 'a'] < [1, 2])
print([1, [2, 3]] == [1, [2, 3]], 2 in [1, 2], 5 in [1, 2], [1, 2] != [1, 2])
r = [1]; r.append(r); print(r)
print(list(), list('abc'), list(range(3)), list((1, 2)), list({1: 2}))
err(lambda: list(1))
err(lambda: list(1, 2))
print(l[0], l[-1])
err(lambda: l[100])
err(lambda: l['a'])
def setbad():
    l[100] = 1
err(setbad)
def delbad():
    del l[100]
err(delbad)
l[0] = 'first'; del l[-1]; print(l)
print(list(reversed([1, 2, 3])), list(iter([4])))
nan = float('nan')
print(nan in [nan], [nan] == [nan], [1.0] == [1], [True] == [1])
print(repr([1, 'a', None, 2.5, (1,), {}]))
print([[]] * 3, [x * 2 for x in range(4)])
class L(list):
    pass
ll = L([1, 2]); ll.append(3); print(ll, len(ll), type(ll).__name__, ll + [4])
class M(list):
    def __init__(self, n):
        super().__init__(range(n))
print(M(3))
print(sum([[1], [2]], []))
e = []
for i in range(1000):
    e.append(i)
for i in range(990):
    e.pop()
print(e)
deep = []
for i in range(100):
    deep = [deep]
print(str(deep)[:20])

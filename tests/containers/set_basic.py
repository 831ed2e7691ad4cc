def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
s = {3, 1, 2}
print(sorted(s), len(s), 1 in s, 5 in s, set(), frozenset(), {1}, frozenset({1}))
s.add(4); s.discard(10); s.remove(1); print(sorted(s))
err(lambda: s.remove(99))
err(lambda: set().pop())
err(lambda: s.add([1]))
err(lambda: {[1]})
p = {7}; print(p.pop(), p)
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9], (8,))), sorted(a.intersection([2, 3], {3})), sorted(a.difference([1])), sorted(a.symmetric_difference([1, 7])))
c = set(a); c |= b; print(sorted(c)); c &= {1, 2}; print(sorted(c)); c -= {1}; print(sorted(c)); c ^= {2, 5}; print(sorted(c))
c = {1, 2, 3}; c.update([4], [5]); c.intersection_update([1, 2, 4, 5]); c.difference_update([1]); c.symmetric_difference_update([2, 9]); print(sorted(c))
print(a <= b, {1} <= a, {1} < a, a < a, a >= {1}, a > {1}, a == {3, 2, 1}, a != b)
print(a.issubset([1, 2, 3, 4]), a.issuperset([1]), a.isdisjoint([7]), a.isdisjoint([1]))
err(lambda: a | [1])
err(lambda: a < [1])
f = frozenset([1, 2])
print(type(f | {3}).__name__, type({3} | f).__name__, sorted(f | {3}), f == {1, 2}, hash(f) == hash(frozenset([2, 1])))
print(hash(frozenset([1, 2, 3])), hash(frozenset()))
err(lambda: hash({1}))
d = {f: 'x'}; print(d[frozenset({1, 2})])
print({frozenset({1})} == {frozenset({1})}, {1} in {frozenset({1})})
err(lambda: f.add(1))
print(sorted(set('hello')), sorted(frozenset(range(5))), set([1, 1, 1]))
def chg():
    t = {1, 2, 3}
    for x in t:
        t.add(x + 10)
err(chg)
x = set(range(10000))
for i in range(0, 10000, 2):
    x.discard(i)
print(len(x), min(x), max(x))
print(repr({'a'}), repr(frozenset({'a'})))
class S(set):
    pass
print(S([1]), type(S([1]) | {2}).__name__)
print({1, 2}.copy(), f.copy() is f)
e = set(range(100000))
while e:
    e.pop()
print(len(e))
print(set([1, 2]) == frozenset([1, 2]), {1, 2}.union(), set().union([1], [2]))

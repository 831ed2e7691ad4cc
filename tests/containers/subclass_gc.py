class D(dict):
    pass
class L(list):
    pass
class S(set):
    pass
class F(frozenset):
    pass
class T(tuple):
    pass
keep = []
for i in range(30000):
    d = D(a=i, b=[i])
    d.attr = 'x' * (i % 7)
    l = L(range(i % 10))
    l.tag = d
    s = S([i, i + 1])
    f = F([i])
    t = T((i, l))
    if i % 5000 == 0:
        keep.append((d, l, s, f, t))
for d, l, s, f, t in keep:
    print(d, d.attr, l, l.tag is d, sorted(s), f, t[0], type(t).__name__, len(t))
print(D({1: 2}) == {1: 2}, L([1]) == [1], S([1]) == {1}, F([1]) == frozenset([1]), T((1,)) == (1,))
print(hash(F([1, 2])) == hash(frozenset([1, 2])), hash(T((1, 2))) == hash((1, 2)))

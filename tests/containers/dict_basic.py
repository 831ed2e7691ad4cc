def err(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2}
print(d, len(d), d['a'], 'a' in d, 'z' in d, 'z' not in d)
d['c'] = 3
del d['a']
print(d)
err(lambda: d['zz'])
err(lambda: d[[1]])
err(lambda: {}[(1, 2)])
def delmissing():
    del d['nope']
err(delmissing)
print(d.get('b'), d.get('x'), d.get('x', 5))
print(d.setdefault('b', 9), d.setdefault('n', 9), d)
print(d.pop('n'), d.pop('n', 'dflt'))
err(lambda: d.pop('n'))
print(d.popitem(), d)
err(lambda: {}.popitem())
d.update({'x': 1}, y=2)
d.update([('p', 1), ['q', 2]])
d.update(z=3)
print(d)
err(lambda: d.update([(1,)]))
err(lambda: d.update([1]))
err(lambda: d.update([(1, 2, 3)]))
err(lambda: d.update(1))
err(lambda: d.update({}, {}))
c = d.copy(); c['new'] = 1
print(len(c), len(d))
d.clear(); print(d, len(d))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
print(dict(), dict(a=1), dict({'a': 1}, b=2), dict([(1, 2)]), dict(zip('ab', range(2))))
err(lambda: dict(1, 2))
print({'a': 1} | {'b': 2}, {'a': 1} | {'a': 3})
e = {'a': 1}; e |= {'b': 2}; e |= [('c', 3)]; print(e)
err(lambda: {'a': 1} | [('b', 2)])
print({1: 2} == {1: 2}, {1: 2} != {1: 3}, {1: 2} == {1: 2, 3: 4}, {} == [])
err(lambda: {} < {})
print(list(reversed({1: 2, 3: 4})), list(iter({5: 6})))
r = {}; r['self'] = r; print(r)
print({1: 'a', 2.5: None, (1, 2): [3], 'k': {'n': {}}})
print(repr({'q': "it's"}))
print({True: 1, 1: 2, 1.0: 3})
print(hash(1) == hash(1.0), {1.0: 'x'}[1])
x = {}
for i in range(100):
    x[i] = i * i
for i in range(0, 100, 2):
    del x[i]
print(len(x), sum(x), sum(x.values()), list(x)[:5])
def mod_during_iter():
    m = {1: 1, 2: 2}
    for k in m:
        m[k + 10] = 1
err(mod_during_iter)
def keys_changed():
    m = {1: 1, 2: 2}
    for k in m:
        del m[k]
        m[k + 10] = 1
err(keys_changed)
m = {1: 1}
for k in m:
    m[k] = 2
print(m)
class D(dict):
    def __missing__(self, key):
        return key * 2
dd = D(a=1)
print(dd['a'], dd['zz'], dd, isinstance(dd, dict), len(dd))
class E(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self['extra'] = True
print(E({'a': 1}, b=2))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
kd = {K(1): 'one', K(2): 'two'}
print(kd[K(1)], kd[K(2)], K(3) in kd, len(kd))
class Bad:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError('boom')
bd = {Bad(): 1}
err(lambda: bd[Bad()])
print(sorted({3: 1, 1: 2, 2: 3}.items()))
print({}.get(1), dict(a=1).keys(), dict(a=1).values(), dict(a=1).items())

from collections.abc import Mapping, MutableMapping, Sequence, MutableSequence, Set
class MyMap(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z'), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2}, dict(m))
print(isinstance(m, Mapping), issubclass(MyMap, Mapping), isinstance(m, MutableMapping))
print('a' in m.keys(), ('a', 1) in m.items(), 2 in m.values(), m.keys() & {'a'})
class MyMut(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
mm = MyMut()
mm['x'] = 1
mm.update({'y': 2}, z=3)
print(dict(mm), mm.pop('x'), mm.setdefault('w', 0), mm.popitem(), len(mm))
try:
    mm.pop('nope')
except KeyError as e:
    print('KeyError', e)
class Seq(Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
    def __len__(self): return self.n
s = Seq(4)
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)))
try:
    s.index(99)
except ValueError as e:
    print('ValueError', repr(e))
class MS(MutableSequence):
    def __init__(self): self.d = []
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def __len__(self): return len(self.d)
    def insert(self, i, v): self.d.insert(i, v)
ms = MS()
ms.append(1)
ms.extend([2, 3])
ms.reverse()
print(ms.d, ms.pop(), ms.d)
ms += [7]
ms.remove(2)
print(ms.d)
class S2(Set):
    def __init__(self, it): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
print(sorted(S2([1, 2, 3]) & S2([2, 3, 4])), sorted(S2([1, 2]) | S2([3])), sorted(S2([1, 2]) - S2([2])), S2([1]) <= S2([1, 2]), S2([1, 2]) == S2([2, 1]))

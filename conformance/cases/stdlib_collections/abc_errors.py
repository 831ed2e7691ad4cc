from collections.abc import Mapping, Sequence, MutableMapping
class M(Mapping):
    def __getitem__(self, k): raise KeyError(k)
    def __iter__(self): return iter(())
    def __len__(self): return 0
m = M()
tests = [
    lambda: m['x'],
    lambda: m.get('x', 'dflt'),
    lambda: 'x' in m,
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
class S(Sequence):
    def __getitem__(self, i):
        if i > 1:
            raise IndexError('seq index out of range')
        return i
    def __len__(self): return 2
for t in [lambda: S()[5], lambda: S().index(7), lambda: list(S())]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, repr(e))

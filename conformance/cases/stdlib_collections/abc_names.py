import collections.abc
from collections import abc
print(collections.abc.Mapping, abc.Iterable, abc.Sequence.__name__)
for name in ['Iterable', 'Iterator', 'Mapping', 'MutableMapping', 'Sequence', 'MutableSequence', 'Set', 'MutableSet', 'Callable', 'Hashable', 'Sized', 'Container', 'Generator', 'Collection', 'Reversible', 'KeysView', 'ItemsView', 'ValuesView']:
    print(name, getattr(abc, name).__name__ == name)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
class MyIt(abc.Iterator):
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
print(list(MyIt()), iter(MyIt()).__class__.__name__, isinstance(MyIt(), abc.Iterable), issubclass(MyIt, abc.Iterator))

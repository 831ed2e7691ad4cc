"""Corral's collections: deque, Counter, defaultdict, OrderedDict,
namedtuple, ChainMap, UserDict, UserList — CPython 3.11's behaviour, reprs
and error messages, written in Python (Counter, defaultdict and OrderedDict
subclass dict, whose getitem honours __missing__)."""

import collections.abc as abc
from collections.abc import MutableMapping as _MutableMapping, Sequence as _Sequence, MutableSequence as _MutableSequence

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'defaultdict', 'deque', 'namedtuple']

_MISSING = object()
_MAXSIZE = 9223372036854775807


def _type_name(obj):
    return type(obj).__name__


# ---------------------------------------------------------------- deque

class deque(_MutableSequence):
    """A double-ended queue kept in a dict keyed by position: both ends
    grow and shrink in O(1) and indexing stays O(1)."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._items = {}
        self._left = 0
        self._right = 0        # one past the last position
        self._maxlen = maxlen
        self._state = 0        # changes on every mutation (iteration guard)
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        return self._maxlen

    def __len__(self):
        return self._right - self._left

    def __bool__(self):
        return self._right != self._left

    def append(self, x):
        self._state += 1
        if self._maxlen == 0:
            return
        self._items[self._right] = x
        self._right += 1
        if self._maxlen is not None and self._right - self._left > self._maxlen:
            del self._items[self._left]
            self._left += 1

    def appendleft(self, x):
        self._state += 1
        if self._maxlen == 0:
            return
        self._left -= 1
        self._items[self._left] = x
        if self._maxlen is not None and self._right - self._left > self._maxlen:
            self._right -= 1
            del self._items[self._right]

    def pop(self):
        if self._right == self._left:
            raise IndexError("pop from an empty deque")
        self._state += 1
        self._right -= 1
        return self._items.pop(self._right)

    def popleft(self):
        if self._right == self._left:
            raise IndexError("pop from an empty deque")
        self._state += 1
        value = self._items.pop(self._left)
        self._left += 1
        return value

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._items = {}
        self._left = self._right = 0

    def _reset(self, values):
        self._state += 1
        self._items = {}
        self._left = 0
        for i, v in enumerate(values):
            self._items[i] = v
        self._right = len(values)

    def _list(self):
        items = self._items
        return [items[i] for i in range(self._left, self._right)]

    def rotate(self, n=1):
        if not isinstance(n, int):
            raise TypeError(f"'{_type_name(n)}' object cannot be interpreted as an integer")
        length = self._right - self._left
        if length <= 1:
            return
        n %= length
        if n == 0:
            return
        if n <= length // 2:
            for _ in range(n):
                self._left -= 1
                self._right -= 1
                self._items[self._left] = self._items.pop(self._right)
        else:
            for _ in range(length - n):
                self._items[self._right] = self._items.pop(self._left)
                self._left += 1
                self._right += 1
        self._state += 1

    def reverse(self):
        values = self._list()
        values.reverse()
        self._reset(values)

    def count(self, x):
        state = self._state
        total = 0
        for i in range(self._left, self._right):
            value = self._items[i]
            if value is x or value == x:
                total += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return total

    def index(self, x, start=0, stop=_MAXSIZE):
        length = self._right - self._left
        if start < 0:
            start = max(start + length, 0)
        if stop < 0:
            stop = max(stop + length, 0)
        stop = min(stop, length)
        state = self._state
        for i in range(start, stop):
            value = self._items[self._left + i]
            if value is x or value == x:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        values = self._list()
        values.insert(i, x)
        self._reset(values)

    def remove(self, value):
        state = self._state
        for i in range(self._left, self._right):
            item = self._items[i]
            equal = item is value or item == value
            if state != self._state:
                raise IndexError("deque mutated during remove().")
            if equal:
                values = self._list()
                del values[i - self._left]
                self._reset(values)
                return
        raise ValueError(f"{value!r} is not in deque")

    def copy(self):
        return self.__class__(self._list(), self._maxlen)

    __copy__ = copy

    def _position(self, index):
        if not isinstance(index, int):
            raise TypeError(f"sequence index must be integer, not '{_type_name(index)}'")
        length = self._right - self._left
        if index < 0:
            index += length
        if index < 0 or index >= length:
            raise IndexError("deque index out of range")
        return self._left + index

    def __getitem__(self, index):
        return self._items[self._position(index)]

    def __setitem__(self, index, value):
        self._items[self._position(index)] = value

    def __delitem__(self, index):
        position = self._position(index)
        values = self._list()
        del values[position - self._left]
        self._reset(values)

    def __contains__(self, x):
        state = self._state
        for i in range(self._left, self._right):
            value = self._items[i]
            if value is x or value == x:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __iter__(self):
        state = self._state
        position = self._left
        while True:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if position >= self._right:
                return
            yield self._items[position]
            position += 1

    def __reversed__(self):
        state = self._state
        position = self._right - 1
        while True:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if position < self._left:
                return
            yield self._items[position]
            position -= 1

    def __repr__(self):
        name = _type_name(self)
        if _repr_running(self):
            return '[...]'
        _repr_enter(self)
        try:
            body = repr(self._list())
        finally:
            _repr_leave(self)
        if self._maxlen is None:
            return f"{name}({body})"
        return f"{name}({body}, maxlen={self._maxlen})"

    __hash__ = None

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._list(), other._list())

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{_type_name(other)}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        result = self.__class__((), self._maxlen)
        values = self._list()
        for _ in range(max(n, 0)):
            result.extend(values)
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        values = self._list()
        self.clear()
        for _ in range(max(n, 0)):
            self.extend(values)
        return self


# Reprs of self-containing containers print "[...]" / "..."; the set of
# objects whose repr is running is kept per run in this module's dict.
_REPR_RUNNING = set()


def _repr_running(obj):
    return id(obj) in _REPR_RUNNING


def _repr_enter(obj):
    _REPR_RUNNING.add(id(obj))


def _repr_leave(obj):
    _REPR_RUNNING.discard(id(obj))


# ---------------------------------------------------------------- defaultdict

class defaultdict(dict):
    def __init__(self, *args, **kwargs):
        if args:
            default_factory = args[0]
            args = args[1:]
            if default_factory is not None and not callable(default_factory):
                raise TypeError("first argument must be callable or None")
        else:
            default_factory = None
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = 'None'
        elif _repr_running(factory):
            factory_repr = '...'
        else:
            factory_repr = repr(factory)
        if _repr_running(self):
            return '...'
        _repr_enter(self)
        try:
            body = dict.__repr__(self)
        finally:
            _repr_leave(self)
        return f"{_type_name(self)}({factory_repr}, {body})"

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------- OrderedDict

class OrderedDict(dict):
    """dicts keep insertion order already; OrderedDict adds move_to_end,
    popitem(last=False) and order-sensitive equality."""

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)     # KeyError(key) when missing, as CPython
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def __repr__(self):
        if not self:
            return f"{_type_name(self)}()"
        if _repr_running(self):
            return '...'
        _repr_enter(self)
        try:
            body = repr(list(self.items()))
        finally:
            _repr_leave(self)
        return f"{_type_name(self)}({body})"

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __reversed__(self):
        for key in list(dict.keys(self))[::-1]:
            yield key

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------- Counter

class Counter(dict):
    """Dict subclass for counting hashable items; missing keys count 0."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        ordered = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return ordered
        if n < 0:
            n = 0
        return ordered[:n]

    def elements(self):
        return _elements_gen(list(self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict) or hasattr(iterable, 'keys'):
                if self:
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            get = self.get
            if isinstance(iterable, dict) or hasattr(iterable, 'keys'):
                for elem in iterable.keys():
                    self[elem] = get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f'{_type_name(self)}()'
        if _repr_running(self):
            return '...'
        _repr_enter(self)
        try:
            try:
                d = dict(self.most_common())
            except TypeError:
                d = dict(self)
            return f'{_type_name(self)}({d!r})'
        finally:
            _repr_leave(self)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _count_of(item):
    return item[1]


def _elements_gen(items):
    for elem, count in items:
        if not isinstance(count, int):
            raise TypeError(f"'{_type_name(count)}' object cannot be interpreted as an integer")
        for _ in range(count):
            yield elem


# ---------------------------------------------------------------- namedtuple

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])


class _tuplegetter:
    """The field descriptor: read-only access to one tuple slot."""

    __slots__ = ('index', '__doc__')

    def __init__(self, index, doc):
        self.index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self.index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _quoted_list(names):
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


def _bind_fields(qualname, field_names, defaults, args, kwargs):
    """Map the arguments of Point(...) onto the fields with Python's own
    TypeError messages for a generated __new__(_cls, x, y)."""
    count = len(field_names)
    if len(args) > count:
        total = count + 1
        if defaults:
            low = count - len(defaults) + 1
            takes = f"from {low} to {total} positional arguments"
        else:
            takes = f"{total} positional argument" + ("" if total == 1 else "s")
        given = len(args) + 1
        verb = "was" if given == 1 else "were"
        raise TypeError(f"{qualname}() takes {takes} but {given} {verb} given")
    values = list(args)
    if not kwargs and len(args) == count:
        return values
    for name in kwargs:
        if name not in field_names:
            raise TypeError(f"{qualname}() got an unexpected keyword argument '{name}'")
        if field_names.index(name) < len(args):
            raise TypeError(f"{qualname}() got multiple values for argument '{name}'")
    missing = []
    first_default = count - len(defaults)
    for i in range(len(args), count):
        name = field_names[i]
        if name in kwargs:
            values.append(kwargs[name])
        elif i >= first_default:
            values.append(defaults[i - first_default])
        else:
            missing.append(name)
            values.append(None)
    if missing:
        plural = "argument" if len(missing) == 1 else "arguments"
        raise TypeError(f"{qualname}() missing {len(missing)} required positional {plural}: {_quoted_list(missing)}")
    return values


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier()
                    or name in _KEYWORDS
                    or name.startswith('_')
                    or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))
    else:
        defaults = ()

    field_names = tuple(field_names)
    num_fields = len(field_names)
    new_qualname = f"{typename}.__new__"

    def __new__(_cls, *args, **kwargs):
        values = _bind_fields(new_qualname, field_names, defaults, args, kwargs)
        return tuple.__new__(_cls, values)

    __new__.__qualname__ = new_qualname
    __new__.__doc__ = f"Create new instance of {typename}({', '.join(field_names)})"

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError(f'Expected {num_fields} arguments, got {len(result)}')
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else tuple.__getitem__(self, i)
                             for i, name in enumerate(field_names)])
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return result

    def __repr__(self):
        parts = [f"{name}={value!r}" for name, value in zip(field_names, self)]
        return f"{self.__class__.__name__}({', '.join(parts)})"

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': f'{typename}({", ".join(field_names)})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': _make,
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _tuplegetter(index, f'Alias for field number {index}')

    result = type(typename, (tuple,), namespace)
    result.__module__ = module if module is not None else '__main__'
    return result


# ---------------------------------------------------------------- ChainMap

class ChainMap(_MutableMapping):
    """A view of several mappings as one; writes go to maps[0]."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        if _repr_running(self):
            return '...'
        _repr_enter(self)
        try:
            return f'{_type_name(self)}({", ".join(map(repr, self.maps))})'
        finally:
            _repr_leave(self)

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _MutableMapping)):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, (dict, _MutableMapping)):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)

    def __eq__(self, other):
        if not isinstance(other, (dict, _MutableMapping)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())


# ---------------------------------------------------------------- UserDict, UserList

class UserDict(_MutableMapping):
    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def copy(self):
        new = self.__class__()
        new.data = self.data.copy()
        return new

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default


class UserList(_MutableSequence):
    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            self.data[:] = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        return self.data == (other.data if isinstance(other, UserList) else other)

    def __lt__(self, other):
        return self.data < (other.data if isinstance(other, UserList) else other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        return self.__class__(self.data + list(other))

    def __mul__(self, n):
        return self.__class__(self.data * n)

    def insert(self, i, item):
        self.data.insert(i, item)

    def append(self, item):
        self.data.append(item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)

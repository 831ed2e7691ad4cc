"""Shallow and deep copies (CPython 3.11's copy module, for Corral)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC_TYPES = (type(None), int, float, bool, complex, str, bytes, type, range,
                 type(len), type(Ellipsis), type(NotImplemented), type(lambda: None), property)


def _is_atomic(x):
    return type(x) in _ATOMIC_TYPES or isinstance(x, type)


def _new_like(x):
    cls = type(x)
    return cls.__new__(cls)


def _copy_instance_state(x, y, deep, memo):
    state = getattr(x, "__dict__", None)
    if state is not None:
        for key, value in state.items():
            if deep:
                value = deepcopy(value, memo)
            object.__setattr__(y, key, value)
    for klass in type(x).__mro__:
        slots = klass.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            try:
                value = object.__getattribute__(x, name)
            except AttributeError:
                continue
            if deep:
                value = deepcopy(value, memo)
            object.__setattr__(y, name, value)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    if cls is bytearray:
        return bytearray(x)
    if cls in (tuple, frozenset, slice):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
        y.args = x.args
        _copy_instance_state(x, y, False, None)
        return y
    if isinstance(x, (list, dict, set, tuple, int, str, float, frozenset, bytes)):
        y = cls.__new__(cls, x) if isinstance(x, (tuple, int, str, float, frozenset, bytes)) else cls.__new__(cls)
        if isinstance(x, list):
            y.extend(x)
        elif isinstance(x, dict):
            y.update(x)
        elif isinstance(x, set):
            y.update(x)
        _copy_instance_state(x, y, False, None)
        return y
    if hasattr(x, "__dict__") or hasattr(cls, "__slots__"):
        y = _new_like(x)
        getstate = getattr(cls, "__setstate__", None)
        if getstate is not None and hasattr(x, "__getstate__") and "__getstate__" in _defined_names(cls):
            y.__setstate__(x.__getstate__())
            return y
        _copy_instance_state(x, y, False, None)
        return y
    raise Error("un(shallow)copyable object of type %s" % cls)


def _defined_names(cls):
    names = set()
    for klass in cls.__mro__:
        if klass is not object:
            names.update(klass.__dict__.keys())
    return names


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        _keep_alive(x, memo)
        for item in x:
            y.append(deepcopy(item, memo))
        return y
    if cls is dict:
        y = {}
        memo[d] = y
        _keep_alive(x, memo)
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
        return y
    if cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        # a cycle through the tuple may have copied it already
        if d in memo:
            return memo[d]
        for new, old in zip(items, x):
            if new is not old:
                y = tuple(items)
                break
        else:
            y = x
        memo[d] = y
        _keep_alive(x, memo)
        return y
    if cls is set:
        y = set()
        memo[d] = y
        _keep_alive(x, memo)
        for item in x:
            y.add(deepcopy(item, memo))
        return y
    if cls is frozenset:
        y = frozenset(deepcopy(item, memo) for item in x)
        memo[d] = y
        _keep_alive(x, memo)
        return y
    if cls is bytearray:
        y = bytearray(x)
        memo[d] = y
        return y
    if cls is slice:
        return x
    copier = getattr(x, "__deepcopy__", None)
    if copier is not None and not isinstance(x, type):
        y = copier(memo)
        if y is not x:
            memo[d] = y
            _keep_alive(x, memo)
        return y
    if isinstance(x, BaseException):
        args = deepcopy(x.args, memo)
        y = cls.__new__(cls, *args)
        y.args = args
        memo[d] = y
        _copy_instance_state(x, y, True, memo)
        return y
    if hasattr(x, "__dict__") or hasattr(cls, "__slots__"):
        if isinstance(x, (tuple, int, str, float, frozenset, bytes)):
            y = cls.__new__(cls, x)
        else:
            y = _new_like(x)
        memo[d] = y
        _keep_alive(x, memo)
        if isinstance(x, list):
            for item in x:
                y.append(deepcopy(item, memo))
        elif isinstance(x, dict):
            for key, value in x.items():
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        elif isinstance(x, set):
            for item in x:
                y.add(deepcopy(item, memo))
        if hasattr(cls, "__setstate__") and "__getstate__" in _defined_names(cls):
            y.__setstate__(deepcopy(x.__getstate__(), memo))
            return y
        _copy_instance_state(x, y, True, memo)
        return y
    raise Error("un(deep)copyable object of type %s" % cls)


def _keep_alive(x, memo):
    """Keep the originals alive while copying, so their ids stay unique (as CPython does)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]

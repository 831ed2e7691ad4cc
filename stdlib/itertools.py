"""Corral's itertools: CPython 3.11's functions as Python generators.

Generators run inside the VM loop, so user callbacks (predicates, key
functions) may pause the run, and every step charges fuel: materialising a
huge product runs into the run's limits instead of hanging.  Each public
function validates its arguments and calls iter() eagerly, as CPython does,
then hands the work to a private generator."""

_MAXSIZE = 9223372036854775807


def _exact_args(name, args, kwargs, count):
    """Arguments of a function CPython parses positionally, e.g.
    "cycle expected 1 argument, got 2"."""
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")
    if len(args) != count:
        plural = "argument" if count == 1 else "arguments"
        raise TypeError(f"{name} expected {count} {plural}, got {len(args)}")
    return args


def _clinic_args(name, args, kwargs, names, required):
    """Arguments of a function whose C parser accepts keywords, e.g.
    "groupby() takes at most 2 arguments (3 given)"; absent optional
    arguments come back as _ABSENT."""
    total = len(args) + len(kwargs)
    if total > len(names):
        raise TypeError(f"{name}() takes at most {len(names)} arguments ({total} given)")
    values = list(args)
    for index in range(len(args), len(names)):
        key = names[index]
        if key in kwargs:
            values.append(kwargs[key])
        elif index < required:
            raise TypeError(f"{name}() missing required argument '{key}' (pos {index + 1})")
        else:
            values.append(_ABSENT)
    for key in kwargs:
        if key not in names[len(args):]:
            raise TypeError(f"'{key}' is an invalid keyword argument for {name}()")
    return values


_ABSENT = object()


def _index_or_none(value, message):
    if value is None:
        return None
    if type(value) is bool or not isinstance(value, int) or value < 0 or value > _MAXSIZE:
        if not isinstance(value, int) and hasattr(type(value), '__index__'):
            value = type(value).__index__(value)
            if 0 <= value <= _MAXSIZE:
                return value
        raise ValueError(message)
    return int(value)


def _as_r(value):
    if not isinstance(value, int):
        raise TypeError("Expected int as r")
    if value < 0:
        raise ValueError("r must be non-negative")
    return value


def _count_gen(n, step):
    while True:
        yield n
        n += step


def _is_number(value):
    if isinstance(value, (int, float, complex)):
        return True
    kind = type(value)
    return hasattr(kind, '__index__') or hasattr(kind, '__float__') or hasattr(kind, '__int__')


class count:
    def __init__(self, *args, **kwargs):
        start, step = _clinic_args("count", args, kwargs, ("start", "step"), 0)
        if start is _ABSENT:
            start = 0
        if step is _ABSENT:
            step = 1
        for value in (start, step):
            if not _is_number(value):
                raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f"count({self._next!r})"
        return f"count({self._next!r}, {self._step!r})"


def _cycle_gen(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def cycle(*args, **kwargs):
    iterable, = _exact_args("cycle", args, kwargs, 1)
    return _cycle_gen(iter(iterable))


class _Repeat:
    def __init__(self, obj, times):
        self._obj = obj
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._times})"


def repeat(*args, **kwargs):
    if len(args) + len(kwargs) > 2:
        raise TypeError(f"repeat() takes at most 2 arguments ({len(args) + len(kwargs)} given)")
    for name in kwargs:
        if name not in ('object', 'times'):
            raise TypeError(f"'{name}' is an invalid keyword argument for repeat()")
    if args:
        obj = args[0]
    elif 'object' in kwargs:
        obj = kwargs['object']
    else:
        raise TypeError("repeat() missing required argument 'object' (pos 1)")
    if len(args) > 1:
        times = args[1]
    elif 'times' in kwargs:
        times = kwargs['times']
    else:
        return _Repeat(obj, None)
    if not isinstance(times, int):
        raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
    return _Repeat(obj, max(times, 0))


def _accumulate_gen(it, func, initial):
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    else:
        total = initial
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def accumulate(*args, **kwargs):
    total = len(args) + len(kwargs)
    if total > 3:
        raise TypeError(f"accumulate() takes at most 3 arguments ({total} given)")
    if len(args) > 2:
        raise TypeError(f"accumulate() takes at most 2 positional arguments ({len(args)} given)")
    for name in kwargs:
        if name not in ('iterable', 'func', 'initial'):
            raise TypeError(f"'{name}' is an invalid keyword argument for accumulate()")
    if args:
        iterable = args[0]
    elif 'iterable' in kwargs:
        iterable = kwargs['iterable']
    else:
        raise TypeError("accumulate() missing required argument 'iterable' (pos 1)")
    func = args[1] if len(args) > 1 else kwargs.get('func')
    return _accumulate_gen(iter(iterable), func, kwargs.get('initial'))


def _chain_gen(iterables):
    for iterable in iterables:
        for element in iterable:
            yield element


class chain:
    def __new__(cls, *iterables, **kwargs):
        if kwargs:
            raise TypeError("chain() takes no keyword arguments")
        return _chain_gen(iterables)

    @staticmethod
    def from_iterable(iterable):
        return _chain_gen(iter(iterable))


def _compress_gen(data, selectors):
    for element, selector in zip(data, selectors):
        if selector:
            yield element


def compress(*args, **kwargs):
    data, selectors = _clinic_args("compress", args, kwargs, ("data", "selectors"), 2)
    return _compress_gen(iter(data), iter(selectors))


def _dropwhile_gen(predicate, it):
    for element in it:
        if not predicate(element):
            yield element
            break
    for element in it:
        yield element


def dropwhile(*args, **kwargs):
    if kwargs:
        raise TypeError("dropwhile() takes no keyword arguments")
    if len(args) != 2:
        raise TypeError(f"dropwhile expected 2 arguments, got {len(args)}")
    return _dropwhile_gen(args[0], iter(args[1]))


def _takewhile_gen(predicate, it):
    for element in it:
        if predicate(element):
            yield element
        else:
            return


def takewhile(*args, **kwargs):
    if kwargs:
        raise TypeError("takewhile() takes no keyword arguments")
    if len(args) != 2:
        raise TypeError(f"takewhile expected 2 arguments, got {len(args)}")
    return _takewhile_gen(args[0], iter(args[1]))


def _filterfalse_gen(predicate, it):
    if predicate is None:
        for element in it:
            if not element:
                yield element
    else:
        for element in it:
            if not predicate(element):
                yield element


def filterfalse(*args, **kwargs):
    if kwargs:
        raise TypeError("filterfalse() takes no keyword arguments")
    if len(args) != 2:
        raise TypeError(f"filterfalse expected 2 arguments, got {len(args)}")
    return _filterfalse_gen(args[0], iter(args[1]))


class _GroupbyState:
    """What groupby and its current group share: the source iterator, the
    element read last and its key.  A group is valid only while it is the
    newest one (CPython's rule)."""

    def __init__(self, it, keyfunc):
        self.it = it
        self.keyfunc = keyfunc
        self.exhausted = False
        self.has_current = False
        self.current_value = None
        self.current_key = None
        self.generation = 0

    def advance(self):
        try:
            value = next(self.it)
        except StopIteration:
            self.exhausted = True
            self.has_current = False
            return False
        self.current_value = value
        self.current_key = value if self.keyfunc is None else self.keyfunc(value)
        self.has_current = True
        return True


def _grouper_gen(state, key, generation):
    while state.generation == generation:
        if not state.has_current:
            if state.exhausted or not state.advance():
                return
        if state.current_key != key:
            return
        value = state.current_value
        state.has_current = False
        yield value


def _groupby_gen(state):
    target = None
    started = False
    while True:
        if not state.has_current:
            if state.exhausted or not state.advance():
                return
        # skip what remains of the previous group
        while started and state.current_key == target:
            if not state.advance():
                return
        target = state.current_key
        started = True
        state.generation += 1
        yield target, _grouper_gen(state, target, state.generation)


def groupby(*args, **kwargs):
    iterable, key = _clinic_args("groupby", args, kwargs, ("iterable", "key"), 1)
    if key is _ABSENT:
        key = None
    return _groupby_gen(_GroupbyState(iter(iterable), key))


def _islice_gen(it, start, stop, step):
    # CPython's documented equivalent: consume up to start when the slice
    # is empty, and up to stop once the last index is produced.
    indices = iter(range(start, stop, step)) if stop is not None else _count_gen(start, step)
    try:
        next_index = next(indices)
    except StopIteration:
        for _ in zip(range(start), it):
            pass
        return
    index = -1
    for index, element in enumerate(it):
        if index == next_index:
            yield element
            try:
                next_index = next(indices)
            except StopIteration:
                for _ in zip(range(index + 1, stop), it):
                    pass
                return


def islice(*args, **kwargs):
    if kwargs:
        raise TypeError("islice() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError(f"islice expected at least 2 arguments, got {len(args)}")
    if len(args) > 4:
        raise TypeError(f"islice expected at most 4 arguments, got {len(args)}")
    it = iter(args[0])
    if len(args) == 2:
        start, stop, step = 0, args[1], 1
        stop = _index_or_none(stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
    else:
        start = args[1]
        stop = args[2]
        step = args[3] if len(args) == 4 else 1
        stop = _index_or_none(stop, "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        start = _index_or_none(start, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if start is None:
            start = 0
        if step is not None:
            if type(step) is bool or not isinstance(step, int) or step <= 0:
                raise ValueError("Step for islice() must be a positive integer or None.")
        else:
            step = 1
    return _islice_gen(it, start, stop, step)


def _pairwise_gen(it):
    try:
        previous = next(it)
    except StopIteration:
        return
    for element in it:
        yield previous, element
        previous = element


def pairwise(*args, **kwargs):
    iterable, = _exact_args("pairwise", args, kwargs, 1)
    return _pairwise_gen(iter(iterable))


def _starmap_gen(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


def starmap(*args, **kwargs):
    function, iterable = _exact_args("starmap", args, kwargs, 2)
    return _starmap_gen(function, iter(iterable))


class _TeeBuffer:
    """The shared buffer of a tee: items read from the source and not yet
    consumed by every copy."""

    def __init__(self, it, n):
        self.it = it
        self.items = []
        self.offset = 0          # absolute index of items[0]
        self.positions = [0] * n
        self.done = False

    def trim(self):
        lowest = min(self.positions)
        drop = lowest - self.offset
        if drop > 64 and drop * 2 > len(self.items):
            del self.items[:drop]
            self.offset = lowest


def _tee_gen(buffer, slot):
    while True:
        position = buffer.positions[slot]
        index = position - buffer.offset
        if index < len(buffer.items):
            value = buffer.items[index]
        else:
            if buffer.done:
                return
            try:
                value = next(buffer.it)
            except StopIteration:
                buffer.done = True
                return
            buffer.items.append(value)
        buffer.positions[slot] = position + 1
        buffer.trim()
        yield value


def tee(*args, **kwargs):
    if kwargs:
        raise TypeError("itertools.tee() takes no keyword arguments")
    if not args:
        raise TypeError("tee expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(f"tee expected at most 2 arguments, got {len(args)}")
    iterable = args[0]
    n = args[1] if len(args) > 1 else 2
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    buffer = _TeeBuffer(iter(iterable), n)
    return tuple(_tee_gen(buffer, slot) for slot in range(n))


def _zip_longest_gen(iterators, fillvalue):
    active = len(iterators)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def zip_longest(*iterables, **kwargs):
    fillvalue = None
    for name in kwargs:
        if name != 'fillvalue':
            raise TypeError("zip_longest() got an unexpected keyword argument")
        fillvalue = kwargs[name]
    return _zip_longest_gen([iter(it) for it in iterables], fillvalue)


def _product_gen(pools):
    for pool in pools:
        if not pool:
            return
    count_pools = len(pools)
    indices = [0] * count_pools
    yield tuple(pool[0] for pool in pools)
    while True:
        i = count_pools - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[j][indices[j]] for j in range(count_pools))


def product(*iterables, **kwargs):
    repeat = 1
    for name in kwargs:
        if name != 'repeat':
            raise TypeError(f"'{name}' is an invalid keyword argument for product()")
        repeat = kwargs[name]
        if not isinstance(repeat, int):
            raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
    pools = [tuple(iterable) for iterable in iterables] * repeat
    return _product_gen(pools)


def _permutations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[k] for k in indices[:r])
                break
            i -= 1
        if i < 0:
            return


def permutations(*args, **kwargs):
    iterable, r = _clinic_args("permutations", args, kwargs, ("iterable", "r"), 1)
    if r is _ABSENT:
        r = None
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        r = _as_r(r)
    return _permutations_gen(pool, r)


def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0:
            if indices[i] != i + n - r:
                break
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[k] for k in indices)


def combinations(*args, **kwargs):
    if len(args) + len(kwargs) > 2:
        raise TypeError(f"combinations() takes at most 2 arguments ({len(args) + len(kwargs)} given)")
    if args:
        iterable = args[0]
    elif 'iterable' in kwargs:
        iterable = kwargs['iterable']
    else:
        raise TypeError("combinations() missing required argument 'iterable' (pos 1)")
    if len(args) > 1:
        r = args[1]
    elif 'r' in kwargs:
        r = kwargs['r']
    else:
        raise TypeError("combinations() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    return _combinations_gen(pool, _as_r(r))


def _combinations_wr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0:
            if indices[i] != n - 1:
                break
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple(pool[k] for k in indices)


def combinations_with_replacement(*args, **kwargs):
    if len(args) + len(kwargs) > 2:
        raise TypeError(f"combinations_with_replacement() takes at most 2 arguments ({len(args) + len(kwargs)} given)")
    if args:
        iterable = args[0]
    elif 'iterable' in kwargs:
        iterable = kwargs['iterable']
    else:
        raise TypeError("combinations_with_replacement() missing required argument 'iterable' (pos 1)")
    if len(args) > 1:
        r = args[1]
    elif 'r' in kwargs:
        r = kwargs['r']
    else:
        raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    return _combinations_wr_gen(pool, _as_r(r))

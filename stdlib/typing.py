"""Corral's typing: the names everyday annotations use.

Annotations are evaluated but not checked, so the special forms only need to
exist and to support subscription (List[int], Optional[str], ...)."""


class _SpecialForm:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        return self

    def __call__(self, *args, **kwargs):
        if self._name == "Any":
            raise TypeError("Any cannot be instantiated")
        raise TypeError(f"Cannot instantiate typing.{self._name}")

    def __repr__(self):
        return "typing." + self._name

    def __or__(self, other):
        return self

    def __ror__(self, other):
        return self


Any = _SpecialForm("Any")
Union = _SpecialForm("Union")
Optional = _SpecialForm("Optional")
Callable = _SpecialForm("Callable")
Iterable = _SpecialForm("Iterable")
Iterator = _SpecialForm("Iterator")
Generator = _SpecialForm("Generator")
Sequence = _SpecialForm("Sequence")
MutableSequence = _SpecialForm("MutableSequence")
Mapping = _SpecialForm("Mapping")
MutableMapping = _SpecialForm("MutableMapping")
AbstractSet = _SpecialForm("AbstractSet")
MutableSet = _SpecialForm("MutableSet")
Collection = _SpecialForm("Collection")
Container = _SpecialForm("Container")
Hashable = _SpecialForm("Hashable")
Sized = _SpecialForm("Sized")
Reversible = _SpecialForm("Reversible")
Awaitable = _SpecialForm("Awaitable")
Coroutine = _SpecialForm("Coroutine")
AsyncIterator = _SpecialForm("AsyncIterator")
AsyncIterable = _SpecialForm("AsyncIterable")
AsyncGenerator = _SpecialForm("AsyncGenerator")
Literal = _SpecialForm("Literal")
Final = _SpecialForm("Final")
ClassVar = _SpecialForm("ClassVar")
Annotated = _SpecialForm("Annotated")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
TypeAlias = _SpecialForm("TypeAlias")
TypeGuard = _SpecialForm("TypeGuard")
SupportsInt = _SpecialForm("SupportsInt")
SupportsFloat = _SpecialForm("SupportsFloat")
SupportsIndex = _SpecialForm("SupportsIndex")
IO = _SpecialForm("IO")
TextIO = _SpecialForm("TextIO")
Pattern = _SpecialForm("Pattern")
Match = _SpecialForm("Match")

List = list
Dict = dict
Set = set
FrozenSet = frozenset
Tuple = tuple
Type = type
DefaultDict = dict
Text = str
AnyStr = str

TYPE_CHECKING = False


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return "~" + self.__name__


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get("__annotations__", {})
            for name, value in ann.items():
                hints[name] = type(None) if value is None else value
        return hints
    hints = dict(getattr(obj, "__annotations__", None) or {})
    for name, value in hints.items():
        if value is None:
            hints[name] = type(None)
    return hints


def get_origin(tp):
    return None


def get_args(tp):
    return ()


def _namedtuple_class(typename, fields, defaults, module):
    from collections import namedtuple
    names = [name for name, _ in fields]
    cls = namedtuple(typename, names, defaults=defaults, module=module)
    cls.__annotations__ = dict(fields)
    return cls


# Attributes a NamedTuple class body may not redefine, and the ones the class
# statement itself supplies (so they are not copied onto the namedtuple).
_NAMEDTUPLE_PROHIBITED = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__",
                                    "_fields", "_field_defaults", "_make", "_replace",
                                    "_asdict", "_source"})
_NAMEDTUPLE_SPECIAL = frozenset({"__module__", "__name__", "__annotations__", "__qualname__",
                                 "__doc__", "__dict__", "__weakref__"})


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns, **kwargs):
        if ns.get("_is_namedtuple_root"):
            return super().__new__(mcls, typename, bases, ns)
        fields = list(ns.get("__annotations__", {}).items())
        defaults = []
        default_names = []
        for name, _ in fields:
            if name in ns:
                defaults.append(ns[name])
                default_names.append(name)
            elif defaults:
                plural = "s" if len(default_names) > 1 else ""
                raise TypeError(f"Non-default namedtuple field {name} "
                                f"cannot follow default field{plural} "
                                f"{', '.join(default_names)}")
        cls = _namedtuple_class(typename, fields, defaults, ns.get("__module__"))
        for key, value in ns.items():
            if key in _NAMEDTUPLE_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_SPECIAL and key not in cls._fields:
                setattr(cls, key, value)
        return cls


class NamedTuple(metaclass=_NamedTupleMeta):
    _is_namedtuple_root = True

    def __new__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords"
                            " can be provided to NamedTuple, not both")
        return _namedtuple_class(typename, [(name, tp) for name, tp in fields], None, None)


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        if ns.get("_is_typeddict_root"):
            return super().__new__(mcls, name, (dict,), ns)
        for base in bases:
            if type(base) is not _TypedDictMeta:
                raise TypeError("cannot inherit from both a TypedDict type "
                                "and a non-TypedDict base class")
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        own = dict(ns.get("__annotations__", {}))
        annotations.update(own)
        if total:
            required.update(own)
        else:
            optional.update(own)
        ns = dict(ns)
        ns["__annotations__"] = annotations
        ns["__required_keys__"] = frozenset(required)
        ns["__optional_keys__"] = frozenset(optional)
        ns["__total__"] = total
        return super().__new__(mcls, name, (dict,), ns)

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get("_is_typeddict_root"):
            return _typeddict_functional(*args, **kwargs)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, obj):
        raise TypeError("TypedDict does not support instance and class checks")

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")


class TypedDict(metaclass=_TypedDictMeta):
    _is_typeddict_root = True


def _typeddict_functional(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments,"
                        " but not both")
    ns = {"__annotations__": dict(fields), "__module__": None}
    return _TypedDictMeta(typename, (), ns, total=total)

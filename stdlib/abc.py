"""Abstract base classes (CPython 3.11's abc, for Corral)."""

__all__ = ["ABC", "ABCMeta", "abstractmethod", "abstractclassmethod", "abstractstaticmethod",
           "abstractproperty", "get_cache_token", "update_abstractmethods"]


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    # classmethod/staticmethod/property wrapping an abstract function
    for attr in ("__func__", "fget", "fset", "fdel"):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, "__isabstractmethod__", False):
            return True
    return False


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


def _check_instantiable(cls):
    abstracts = getattr(cls, "__abstractmethods__", None)
    if abstracts:
        names = sorted(abstracts)
        raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                        % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))


def _abc_new(cls, *args, **kwargs):
    _check_instantiable(cls)
    if (args or kwargs) and not any("__init__" in k.__dict__ for k in cls.__mro__[:-1]):
        raise TypeError("%s() takes no arguments" % cls.__name__)
    return object.__new__(cls)


_abc_new_static = staticmethod(_abc_new)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        user_new = "__new__" in namespace
        cls = super().__new__(mcls, name, bases, namespace)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = []
        if not user_new and _inherits_plain_new(cls):
            cls.__new__ = _abc_new_static
        return cls

    def __init__(cls, *args, **kwargs):
        pass

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        return _register(cls, subclass)

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, "__mro__", ()):
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                return True
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        return False

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)


def _register(cls, subclass):
    if not isinstance(subclass, type):
        raise TypeError("Can only register classes")
    if issubclass(cls, subclass):
        raise RuntimeError("Refusing to create an inheritance cycle")
    cls._abc_registry.append(subclass)
    return subclass


def _inherits_plain_new(cls):
    for klass in cls.__mro__[1:]:
        new = klass.__dict__.get("__new__")
        if new is not None and new is not _abc_new_static:
            return klass is object
    return True


def get_cache_token():
    return 0


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()

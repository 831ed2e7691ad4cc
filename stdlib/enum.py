"""Enumerations (CPython 3.11's enum, for Corral).

Corral differences kept inside this module: class bodies run in a plain dict
(no __prepare__), so members are found after the body has run; member names
and values live in a per-class table, because instances of int and str
subclasses have no __dict__ on Corral."""

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum",
           "auto", "unique", "member", "nonmember", "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP",
           "global_enum"]

Enum = None
Flag = None
ReprEnum = None

STRICT = "strict"
CONFORM = "conform"
EJECT = "eject"
KEEP = "keep"

_auto_null = object()
_not_given = object()


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # Corral runs the class body before auto values exist (no __prepare__),
    # so `AB = A | B` builds an expression resolved with the members
    def __or__(self, other):
        return _AutoExpr(lambda a, b: a | b, self, other)

    def __ror__(self, other):
        return _AutoExpr(lambda a, b: a | b, other, self)

    def __and__(self, other):
        return _AutoExpr(lambda a, b: a & b, self, other)

    def __rand__(self, other):
        return _AutoExpr(lambda a, b: a & b, other, self)

    def __xor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, self, other)

    def __rxor__(self, other):
        return _AutoExpr(lambda a, b: a ^ b, other, self)


class _AutoExpr(auto):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right
        self.value = _auto_null

    def resolve(self):
        return self.op(_resolve_auto(self.left), _resolve_auto(self.right))


def _resolve_auto(item):
    if isinstance(item, _AutoExpr):
        return item.resolve()
    if isinstance(item, auto):
        return item.value
    return item


class member:
    """Forces item to become an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Protects item from becoming an Enum member during class creation."""

    def __init__(self, value):
        self.value = value


builtin_type = type


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1:2] != "_" and name[-2:-1] != "_"


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith("__")


_function_types = (type(_is_dunder), type(len), staticmethod, classmethod, property)


def _is_descriptor(obj):
    # Corral's functions and static/class methods do not show a __get__ attribute
    if isinstance(obj, _function_types):
        return True
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_single_bit(num):
    return num != 0 and (num & (num - 1)) == 0


def _bin(num, max_bits=None):
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _info(member):
    return type(member)._enum_info_.setdefault(id(member), [None, None, False])


def _get_name(self):
    return _info(self)[0]


def _set_name(self, value):
    _info(self)[0] = value


def _get_value(self):
    return _info(self)[1]


def _set_value(self, value):
    info = _info(self)
    info[1] = value
    info[2] = True


def _find_data_type(bases):
    """The built-in or user data type mixed into the enum (object when none)."""
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if base in (int, str, float, bytes, tuple, complex) or "__new__" in base.__dict__:
                return base
            if "__dict__" in base.__dict__ or "__init__" in base.__dict__:
                continue
    return object


def _find_in_mro(cls, name, stop_at_enum_class=False):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass, klass.__dict__[name]
    return None, None


class EnumType(type):
    """Metaclass for Enum."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if Enum is None:
            # bootstrapping Enum itself
            enum_class = super().__new__(metacls, cls, bases, classdict)
            _init_class_tables(enum_class, object)
            return enum_class
        if not bases or not isinstance(bases[-1], EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        first_enum = bases[-1]
        member_type = _find_data_type(bases)

        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        ignore = list(ignore)

        generate = classdict.get("_generate_next_value_")
        if generate is None:
            generate = first_enum._generate_next_value_
        elif isinstance(generate, staticmethod):
            generate = generate.__func__

        members = []
        last_values = []
        for key in list(classdict.keys()):
            value = classdict[key]
            if key in ignore or key == "_ignore_":
                continue
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if _is_private(cls, key) or _is_dunder(key) or _is_sunder(key):
                continue
            if isinstance(value, member):
                value = value.value
            elif _is_descriptor(value):
                continue
            if isinstance(value, _AutoExpr):
                value.value = value.resolve()
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = generate(key, 1, len(members), last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(generate(key, 1, len(members), last_values[:]) if isinstance(v, auto) else v
                              for v in value)
            members.append((key, value))
            last_values.append(value)

        for key, value in members:
            del classdict[key]
        for key in ignore:
            classdict.pop(key, None)
        classdict.pop("_ignore_", None)

        new_member = classdict.pop("__new__", None)
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        if boundary is None:
            boundary = classdict.get("_boundary_")

        enum_class = super().__new__(metacls, cls, bases, classdict)

        for base in enum_class.__mro__[1:]:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("%r cannot extend %r" % (enum_class, base))

        _init_class_tables(enum_class, member_type)
        if new_member is not None:
            enum_class._new_member_ = staticmethod(new_member)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            if boundary is None:
                boundary = getattr(first_enum, "_boundary_", None) or STRICT
            enum_class._boundary_ = boundary

        _fix_special_methods(enum_class, classdict, bases, member_type, first_enum)

        creator = _member_creator(enum_class, member_type)
        init_owner, init = _find_in_mro(enum_class, "__init__")
        if init_owner is None or init_owner is object or init is Enum.__dict__["__init__"] \
                or not isinstance(init_owner, EnumType) and init_owner in (member_type, object):
            init = None
        for name, value in members:
            _add_member(enum_class, name, value, creator, member_type, init, is_flag)

        if members and init is not None:
            # Corral runs __init__ again after a value lookup like Color(1); members are already set up
            enum_class.__init__ = _skip_member_init

        if is_flag:
            flag_mask = 0
            for name in enum_class._member_names_:
                flag_mask |= enum_class._member_map_[name]._value_
            enum_class._flag_mask_ = flag_mask
            enum_class._all_bits_ = 2 ** flag_mask.bit_length() - 1
        return enum_class

    def __init__(cls, *args, **kwds):
        pass

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __dir__(cls):
        names = ["__class__", "__doc__", "__members__", "__module__"] + cls._member_names_
        return sorted(set(names))

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)


EnumMeta = EnumType


def _skip_member_init(self, *args, **kwds):
    pass


def _init_class_tables(enum_class, member_type):
    setattr(enum_class, "_member_names_", [])
    setattr(enum_class, "_member_map_", {})
    setattr(enum_class, "_value2member_map_", {})
    setattr(enum_class, "_unhashable_values_", [])
    setattr(enum_class, "_member_type_", member_type)
    setattr(enum_class, "_enum_info_", {})


_MIXED_DUNDERS = ("__repr__", "__str__", "__format__", "__contains__", "__iter__", "__len__",
                  "__reduce_ex__", "__copy__", "__deepcopy__", "__dir__")
_FLAG_OPS = ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__")


def _fix_special_methods(enum_class, classdict, bases, member_type, first_enum):
    if ReprEnum is not None and ReprEnum in bases and member_type is object:
        raise TypeError("ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)")
    # the lookup __new__ comes before the data type's
    setattr(enum_class, "__new__", Enum.__dict__["__new__"])
    if "__hash__" not in classdict and member_type is object:
        setattr(enum_class, "__hash__", Enum.__dict__["__hash__"])
    if member_type is object:
        return
    # Corral looks dunders up only in the classes before the first built-in base
    # of the MRO, so a mixed-in enum gets its enum-side dunders copied in
    names = _MIXED_DUNDERS + (_FLAG_OPS if Flag is not None and issubclass(enum_class, Flag) else ())
    for name in names:
        if name in classdict:
            continue
        for klass in enum_class.__mro__[1:]:
            if klass is object or not isinstance(klass, EnumType) and klass in (member_type, int, str, float):
                continue
            if name in klass.__dict__:
                setattr(enum_class, name, klass.__dict__[name])
                break


def _member_creator(enum_class, member_type):
    owner, new_member = _find_in_mro(enum_class, "_new_member_")
    if new_member is not None:
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        return new_member
    if member_type is object:
        return lambda cls, *args: object.__new__(cls)
    return member_type.__new__


def _add_member(enum_class, name, value, creator, member_type, init, is_flag):
    if isinstance(value, tuple):
        args = value
    else:
        args = (value,)
    if member_type is tuple:
        args = (args,)
    new_member = creator(enum_class, *args)
    info = _info(new_member)
    if not info[2]:
        if member_type is object:
            real_value = value
        else:
            try:
                real_value = member_type(*args)
            except Exception:
                real_value = value
        info[1] = real_value
        info[2] = True
    real_value = info[1]
    # an alias of an existing member?
    existing = None
    try:
        existing = enum_class._value2member_map_.get(real_value)
    except TypeError:
        for other_value, other in enum_class._unhashable_values_:
            if other_value == real_value:
                existing = other
                break
    if existing is None:
        for other_name in enum_class._member_names_:
            other = enum_class._member_map_[other_name]
            if other._value_ == real_value:
                existing = other
                break
    if existing is not None:
        del enum_class._enum_info_[id(new_member)]
        enum_class._member_map_[name] = existing
        type.__setattr__(enum_class, name, existing)
        return
    info[0] = name
    if init is not None:
        init(new_member, *args)
    if not is_flag or (isinstance(real_value, int) and _is_single_bit(real_value)):
        enum_class._member_names_.append(name)
    enum_class._member_map_[name] = new_member
    try:
        enum_class._value2member_map_.setdefault(real_value, new_member)
    except TypeError:
        enum_class._unhashable_values_.append((real_value, new_member))
    type.__setattr__(enum_class, name, new_member)


def _lookup_member(cls, value):
    try:
        return cls._value2member_map_[value]
    except KeyError:
        pass
    except TypeError:
        for other_value, other in cls._unhashable_values_:
            if other_value == value:
                return other
    return None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    def __new__(cls, value=_not_given, names=None, *, module=None, qualname=None, type=None,
                start=1, boundary=None):
        if value is _not_given:
            raise TypeError("EnumType.__call__() missing 1 required positional argument: 'value'")
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type,
                                start=start, boundary=boundary)
        if builtin_type(value) is cls:
            return value
        found = _lookup_member(cls, value)
        if found is not None:
            return found
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and cls._boundary_ == EJECT and isinstance(result, int):
            return result
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = {"__module__": module or "__main__", "__qualname__": qualname or class_name}
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if isinstance(names, dict) else names
        for name, value in items:
            classdict[name] = value
        if boundary is not None:
            classdict["_boundary_"] = boundary
        return builtin_type(cls)(class_name, bases, classdict)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            return sorted(last_values)[-1] + 1
        except TypeError:
            pass
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    _name_ = property(_get_name, _set_name)
    _value_ = property(_get_value, _set_value)

    @property
    def name(self):
        """The name of the Enum member."""
        return _info(self)[0]

    @property
    def value(self):
        """The value of the Enum member."""
        return _info(self)[1]

    def __repr__(self):
        cls = builtin_type(self)
        value_repr = cls._value_repr_ if "_value_repr_" in dir_names(cls) else None
        if value_repr is None:
            mt = cls._member_type_
            value_repr = repr if mt is object else mt.__repr__
        if self._name_ is None:
            return "<%s: %s>" % (cls.__name__, value_repr(self._value_))
        return "<%s.%s: %s>" % (cls.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (builtin_type(self).__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return builtin_type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return sorted({"__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"})


def dir_names(cls):
    names = set()
    for klass in cls.__mro__:
        names.update(klass.__dict__.keys())
    return names


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not %r" % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not %r" % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Support for flags."""

    _boundary_ = STRICT

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError("invalid flag value %r" % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _numeric_repr_(cls, value):
        return repr(value)

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        neg_value = None
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            if boundary == STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif boundary == CONFORM:
                value = value & flag_mask
            elif boundary == EJECT:
                return value
            elif boundary == KEEP:
                if value < 0:
                    value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if unknown and boundary != KEEP:
            raise ValueError("%s(%r) -->  unknown values %r [%s]"
                             % (cls.__name__, value, unknown, bin(unknown)))
        creator = _member_creator(cls, cls._member_type_)
        pseudo_member = creator(cls, value)
        info = _info(pseudo_member)
        if not info[2]:
            info[1] = value
            info[2] = True
        if member_value or unknown:
            names = [m._name_ for m in cls._iter_member_(member_value)]
            name = "|".join(names)
            if unknown and names:
                name += "|" + cls._numeric_repr_(unknown)
            info[0] = name if names else None
        else:
            info[0] = None
        if not unknown:
            pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (builtin_type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(builtin_type(self)._iter_member_(self._value_)))

    def __len__(self):
        return bin(self._value_).count("1")

    def __repr__(self):
        cls = builtin_type(self)
        mt = cls._member_type_
        value_repr = repr if mt is object else mt.__repr__
        if self._name_ is None:
            return "<%s: %s>" % (cls.__name__, value_repr(self._value_))
        return "<%s.%s: %s>" % (cls.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        cls_name = builtin_type(self).__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    def __invert__(self):
        cls = self.__class__
        if cls._boundary_ == KEEP:
            return cls(~self._value_)
        return cls(cls._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags."""

    _boundary_ = KEEP

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def global_enum(cls):
    return cls


class FlagBoundary(StrEnum):
    """Control how out of range values are handled."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP

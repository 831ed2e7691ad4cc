"""re for Corral: Pattern, Match, flags and the module functions over the
_re matching engine (core/mod_re.c), with CPython 3.11's behaviour."""
import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I",
    "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
    "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]

_FLAG_ORDER = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8),
    ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
)
_FLAG_MASK = 511


class RegexFlag(int):
    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = []
        for name, bit in _FLAG_ORDER:
            if value & bit:
                names.append("re." + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return "|".join(names)

    __str__ = __repr__

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        value = int(self)
        if value == 0:
            return "NOFLAG"
        names = [name for name, bit in _FLAG_ORDER if value & bit]
        if value & ~_FLAG_MASK:
            return None
        return "|".join(names)

    def __format__(self, spec):
        return format(repr(self), spec)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & _FLAG_MASK)


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error


def _clamp(string, pos, endpos):
    n = len(string)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos is None or endpos > n:
        endpos = n
    elif endpos < 0:
        endpos = 0
    return pos, endpos


Match = _re.Match


def _expand(pattern, match, template):
    items = _parse_template(pattern, template)
    empty = match.string[:0]
    parts = []
    for item in items:
        if isinstance(item, int):
            value = match.group(item)
            parts.append(value if value is not None else empty)
        else:
            parts.append(item)
    return empty.join(parts)


class Pattern:
    def __init__(self, pattern, flags):
        prog = _re.compile(pattern, int(flags), error)
        self._prog = prog
        self.pattern = pattern
        self.flags = prog.flags
        self.groups = prog.groups
        self._groupindex = prog.groupindex

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and (flags & (4 | 32 | 256)) == 32:
            flags &= ~32
        text = repr(self.pattern)[:200]
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name, bit in (("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
                          ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
                          ("ASCII", 256)):
            if flags & bit:
                names.append("re." + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _run(self, string, pos, endpos, mode):
        pos, endpos = _clamp_checked(string, pos, endpos)
        return _re.run(self._prog, string, pos, endpos, mode, self)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def findall(self, string, pos=0, endpos=None):
        pos, endpos = _clamp_checked(string, pos, endpos)
        return _re.findall(self._prog, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=None):
        pos, endpos = _clamp_checked(string, pos, endpos)
        return _re.scanner(self._prog, string, pos, endpos, self)

    def split(self, string, maxsplit=0):
        return _re.split(self._prog, string, maxsplit)

    def subn(self, repl, string, count=0):
        if callable(repl):
            return _re.sub(self._prog, repl, string, count, self)
        return _re.sub(self._prog, _parse_template(self, repl), string, count, self)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


Pattern.__module__ = "re"


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        pos, endpos = _clamp_checked(string, pos, endpos)
        self._scanner = _re.scanner(pattern._prog, string, pos, endpos, pattern)

    def search(self):
        return self._scanner.search()


def _clamp_checked(string, pos, endpos):
    if not isinstance(string, (str, bytes, bytearray)):
        raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)
    return _clamp(string, pos, endpos)


# ---------------------------------------------------------------- templates

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_OCT = "01234567"
_DIGITS = "0123456789"
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_template_cache = {}


def _parse_template(pattern, template):
    key = (type(template), template, pattern.pattern, pattern.flags)
    items = _template_cache.get(key)
    if items is not None:
        return items
    is_bytes = isinstance(pattern.pattern, bytes)
    if is_bytes:
        if not isinstance(template, (bytes, bytearray)):
            raise TypeError("expected a bytes-like object, %s found" % type(template).__name__)
        text = "".join([chr(b) for b in template])
    else:
        if not isinstance(template, str):
            raise TypeError("expected str instance, %s found" % type(template).__name__)
        text = template
    items = _parse_template_text(pattern, text, template)
    if is_bytes:
        items = [bytes([ord(c) for c in item]) if isinstance(item, str) else item for item in items]
    if len(_template_cache) > 500:
        _template_cache.clear()
    _template_cache[key] = items
    return items


def _parse_template_text(pattern, s, original):
    if "\\" not in s:
        return [s]
    items = []
    literal = []
    n = len(s)
    i = 0

    def fail(msg, pos):
        return error(msg, original, pos)

    def addgroup(index, pos):
        if index > pattern.groups:
            raise fail("invalid group reference %d" % index, pos)
        if literal:
            items.append("".join(literal))
            del literal[:]
        items.append(index)

    while i < n:
        c = s[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise fail("bad escape (end of pattern)", n - 1)
        start = i
        c = s[i + 1]
        i += 2
        if c == "g":
            if i >= n or s[i] != "<":
                raise fail("missing <", i)
            i += 1
            name_start = i
            j = s.find(">", i)
            if j < 0:
                if i >= n:
                    raise fail("missing group name", i)
                raise fail("missing >, unterminated name", name_start)
            name = s[i:j]
            if not name:
                raise fail("missing group name", j)
            i = j + 1
            if name.isidentifier():
                index = pattern._groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise fail("bad character in group name %r" % name, name_start) from None
            addgroup(index, name_start)
        elif c == "0":
            digits = c
            while len(digits) < 3 and i < n and s[i] in _OCT:
                digits += s[i]
                i += 1
            literal.append(chr(int(digits, 8) & 0xFF))
        elif c in _DIGITS:
            digits = c
            isoctal = False
            if i < n and s[i] in _DIGITS:
                digits += s[i]
                i += 1
                if c in _OCT and digits[1] in _OCT and i < n and s[i] in _OCT:
                    digits += s[i]
                    i += 1
                    isoctal = True
                    value = int(digits, 8)
                    if value > 0o377:
                        raise fail("octal escape value \\%s outside of range 0-0o377" % digits, start)
                    literal.append(chr(value))
            if not isoctal:
                addgroup(int(digits), start + 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c in _LETTERS:
            raise fail("bad escape \\" + c, start)
        else:
            literal.append("\\" + c)
    if literal:
        items.append("".join(literal))
    return items


# ---------------------------------------------------------------- functions

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        raise TypeError("first argument must be string or compiled pattern") from None
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def template(pattern, flags=0):
    return _compile(pattern, flags | T)


def purge():
    _cache.clear()
    _template_cache.clear()


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    text = "".join([chr(b) for b in pattern])
    return bytes([ord(c) for c in "".join(["\\" + c if c in _SPECIAL else c for c in text])])

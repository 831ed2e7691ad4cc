"""String constants and Template (CPython 3.11's string module, for Corral)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(map(str.capitalize, s.split(sep)))


def _is_identifier_start(ch):
    return ch == "_" or ("a" <= ch <= "z") or ("A" <= ch <= "Z")


def _is_identifier_char(ch):
    return _is_identifier_start(ch) or ("0" <= ch <= "9")


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (literal, kind, name, position) pieces: kind is 'named', 'escaped', 'invalid' or None."""
        text = self.template
        delim = self.delimiter
        n = len(text)
        i = 0
        start = 0
        while True:
            j = text.find(delim, i)
            if j < 0:
                yield text[start:], None, None, n
                return
            k = j + len(delim)
            if text.startswith(delim, k):
                yield text[start:j], "escaped", None, j
                i = start = k + len(delim)
                continue
            if k < n and text[k] == "{":
                m = k + 1
                if m < n and _is_identifier_start(text[m]):
                    e = m + 1
                    while e < n and _is_identifier_char(text[e]):
                        e += 1
                    if e < n and text[e] == "}":
                        yield text[start:j], "named", text[m:e], j
                        i = start = e + 1
                        continue
                yield text[start:j], "invalid", None, j
                i = start = k
                continue
            if k < n and _is_identifier_start(text[k]):
                e = k + 1
                while e < n and _is_identifier_char(text[e]):
                    e += 1
                yield text[start:j], "named", text[k:e], j
                i = start = e
                continue
            yield text[start:j], "invalid", None, j
            i = start = k

    def _invalid(self, position):
        lines = self.template[:position].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = position - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMapping(kws, mapping)
        out = []
        for literal, kind, name, position in self._scan():
            out.append(literal)
            if kind == "named":
                out.append(str(mapping[name]))
            elif kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                self._invalid(position + len(self.delimiter))
        return "".join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMapping(kws, mapping)
        out = []
        text = self.template
        for literal, kind, name, position in self._scan():
            out.append(literal)
            if kind == "named":
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    if text.startswith(self.delimiter + "{", position):
                        out.append(self.delimiter + "{" + name + "}")
                    else:
                        out.append(self.delimiter + name)
            elif kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                out.append(self.delimiter)
        return "".join(out)

    def is_valid(self):
        for literal, kind, name, position in self._scan():
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for literal, kind, name, position in self._scan():
            if kind == "named" and name not in ids:
                ids.append(name)
        return ids


class _ChainMapping:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    """Basic string.Formatter: format/vformat with the built-in field syntax."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        return self._vformat(format_string, args, kwargs)

    def _vformat(self, format_string, args, kwargs):
        out = []
        auto_index = 0
        for literal, field_name, format_spec, conversion in self.parse(format_string):
            out.append(literal)
            if field_name is None:
                continue
            if field_name == "":
                field_name = str(auto_index)
                auto_index += 1
            obj, used = self.get_field(field_name, args, kwargs)
            obj = self.convert_field(obj, conversion)
            out.append(self.format_field(obj, format_spec))
        return "".join(out)

    def parse(self, format_string):
        i = 0
        n = len(format_string)
        literal = []
        while i < n:
            ch = format_string[i]
            if ch == "{":
                if i + 1 < n and format_string[i + 1] == "{":
                    literal.append("{")
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if format_string[j] == "{":
                        depth += 1
                    elif format_string[j] == "}":
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = format_string[i + 1:j - 1]
                conversion = None
                spec = ""
                colon = field.find(":")
                if colon >= 0:
                    spec = field[colon + 1:]
                    field = field[:colon]
                bang = field.find("!")
                if bang >= 0:
                    conversion = field[bang + 1:]
                    field = field[:bang]
                yield "".join(literal), field, spec, conversion
                literal = []
                i = j
            elif ch == "}":
                if i + 1 < n and format_string[i + 1] == "}":
                    literal.append("}")
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(ch)
                i += 1
        if literal:
            yield "".join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def format_field(self, value, format_spec):
        return format(value, format_spec)


def _split_field(field_name):
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in ".[":
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if field_name[i] == ".":
            j = i + 1
            while j < n and field_name[j] not in ".[":
                j += 1
            rest.append((True, field_name[i + 1:j]))
            i = j
        else:
            j = field_name.index("]", i)
            key = field_name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest

"""sys for Corral: facts about the interpreter, nothing that reaches the process."""
import _corral_support

getrecursionlimit = _corral_support.getrecursionlimit
setrecursionlimit = _corral_support.setrecursionlimit


class _StructSeq(tuple):
    _fields = ()
    _type_name = ""

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        parts = ", ".join("%s=%r" % (name, value) for name, value in zip(self._fields, self))
        return "%s(%s)" % (self._type_name, parts)

    def __getattr__(self, name):
        fields = type(self)._fields
        if name in fields:
            return self[fields.index(name)]
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self)._type_name, name))


class version_info_type(_StructSeq):
    _fields = ("major", "minor", "micro", "releaselevel", "serial")
    _type_name = "sys.version_info"


class float_info_type(_StructSeq):
    _fields = ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
               "dig", "mant_dig", "epsilon", "radix", "rounds")
    _type_name = "sys.float_info"


class int_info_type(_StructSeq):
    _fields = ("bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold")
    _type_name = "sys.int_info"


version_info = version_info_type((3, 11, 0, "final", 0))
version = "3.11.0 (Corral)"
hexversion = 0x030B00F0
implementation_name = "corral"
platform = "corral"
byteorder = "little"
maxsize = 9223372036854775807
maxunicode = 1114111
argv = []
float_info = float_info_type((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
                              15, 53, 2.220446049250313e-16, 2, 1))
int_info = int_info_type((30, 4, 4300, 640))
float_repr_style = "short"
dont_write_bytecode = True


class _Stdout:
    """Writes go to print's output, the only output a Corral run has."""

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        print(text, end="")
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False


stdout = _Stdout()
__stdout__ = stdout


def exit(status=None):
    raise SystemExit(status) if status is not None else SystemExit()


def getsizeof(obj, default=None):
    raise TypeError("sys.getsizeof() is not available in Corral")


def intern(string):
    if type(string) is not str:
        raise TypeError("intern() argument must be str, not %s" % type(string).__name__)
    return string

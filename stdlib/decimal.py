"""decimal: decimal floating point arithmetic (the everyday part of CPython
3.11's decimal module, following the algorithms of Lib/_pydecimal.py)."""

import math

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
]

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
              ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

_PyHASH_MODULUS = (1 << 61) - 1
_PyHASH_INF = 314159
_PyHASH_10INV = pow(10, _PyHASH_MODULUS - 2, _PyHASH_MODULUS)


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    def handle(self, context, *args):
        pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    def handle(self, context, *args):
        if args:
            return _dec_from_triple(args[0]._sign, args[0]._int, 'n', True)
        return _NaN


class ConversionSyntax(InvalidOperation):
    def handle(self, context, *args):
        return _NaN


class DivisionByZero(DecimalException, ZeroDivisionError):
    def handle(self, context, sign, *args):
        return _SignedInfinity[sign]


class DivisionImpossible(InvalidOperation):
    def handle(self, context, *args):
        return _NaN


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    def handle(self, context, *args):
        return _NaN


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    def handle(self, context, *args):
        return _NaN


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    def handle(self, context, sign, *args):
        if context.rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN,
                                ROUND_HALF_DOWN, ROUND_UP):
            return _SignedInfinity[sign]
        if sign == 0:
            if context.rounding == ROUND_CEILING:
                return _SignedInfinity[sign]
            return _dec_from_triple(sign, '9' * context.prec,
                                    context.Emax - context.prec + 1)
        if context.rounding == ROUND_FLOOR:
            return _SignedInfinity[sign]
        return _dec_from_triple(sign, '9' * context.prec,
                                context.Emax - context.prec + 1)


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


_signals = [Clamped, DivisionByZero, Inexact, Overflow, Rounded,
            Underflow, InvalidOperation, Subnormal, FloatOperation]

# the order in which CPython's Context repr lists signals
_REPR_ORDER = [InvalidOperation, Clamped, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow]

_condition_map = {ConversionSyntax: InvalidOperation,
                  DivisionImpossible: InvalidOperation,
                  DivisionUndefined: InvalidOperation,
                  InvalidContext: InvalidOperation}


# ---------------------------------------------------------------- contexts

_current_context = [None]
DefaultContext = None


def getcontext():
    context = _current_context[0]
    if context is None:
        context = Context()
        _current_context[0] = context
    return context


def setcontext(context):
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    _current_context[0] = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals',
                       'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(manager.new_context, key, value)
    return manager


_ROUNDING_ERROR = ("valid values for rounding are:\n"
                   "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                   "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                   "   ROUND_05UP]")


class Context(object):
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None,
                 _ignored_flags=None):
        dc = DefaultContext
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else (dc.capitals if dc else 1)
        self.clamp = clamp if clamp is not None else (dc.clamp if dc else 0)
        self._ignored_flags = _ignored_flags if _ignored_flags is not None else []
        if traps is None:
            if dc:
                self.traps = dict(dc.traps)
            else:
                self.traps = dict((s, s in (DivisionByZero, Overflow, InvalidOperation))
                                  for s in _signals)
        elif not isinstance(traps, dict):
            self.traps = dict((s, s in traps) for s in _signals + traps)
        else:
            self.traps = traps
        if flags is None:
            self.flags = dict.fromkeys(_signals, False)
        elif not isinstance(flags, dict):
            self.flags = dict((s, s in flags) for s in _signals + flags)
        else:
            self.flags = flags

    def _set_integer_check(self, name, value, vmin, vmax):
        if not isinstance(value, int):
            raise TypeError("an integer is required")
        if vmin == '-inf':
            if value > vmax:
                raise ValueError("valid range for %s is [MIN_EMIN, 0]" % name)
        elif vmax == 'inf':
            if value < vmin:
                if name == 'prec':
                    raise ValueError("valid range for prec is [1, MAX_PREC]")
                raise ValueError("valid range for %s is [0, MAX_EMAX]" % name)
        else:
            if value < vmin or value > vmax:
                raise ValueError("valid values for %s are 0 or 1" % name)
        return object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        if name == 'prec':
            return self._set_integer_check(name, value, 1, 'inf')
        if name == 'Emin':
            return self._set_integer_check(name, value, '-inf', 0)
        if name == 'Emax':
            return self._set_integer_check(name, value, 0, 'inf')
        if name == 'capitals':
            return self._set_integer_check(name, value, 0, 1)
        if name == 'clamp':
            return self._set_integer_check(name, value, 0, 1)
        if name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError(_ROUNDING_ERROR)
            return object.__setattr__(self, name, value)
        if name in ('flags', 'traps'):
            return object.__setattr__(self, name, value)
        if name in ('_ignored_flags', 'saved_context'):
            return object.__setattr__(self, name, value)
        raise AttributeError(
            "'decimal.Context' object has no attribute '%s'" % name)

    def __repr__(self):
        names = [s.__name__ for s in _REPR_ORDER if self.flags.get(s)]
        trapped = [s.__name__ for s in _REPR_ORDER if self.traps.get(s)]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])' % (
                    self.prec, self.rounding, self.Emin, self.Emax,
                    self.capitals, self.clamp, ', '.join(names),
                    ', '.join(trapped)))

    def clear_flags(self):
        for flag in self.flags:
            self.flags[flag] = False

    def clear_traps(self):
        for flag in self.traps:
            self.traps[flag] = False

    def _shallow_copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp, self.flags, self.traps,
                       self._ignored_flags)

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax,
                       self.capitals, self.clamp, self.flags.copy(),
                       self.traps.copy(), self._ignored_flags)
    __copy__ = copy

    def _raise_error(self, condition, explanation=None, *args):
        error = _condition_map.get(condition, condition)
        if error in self._ignored_flags:
            return error().handle(self, *args)
        self.flags[error] = True
        if not self.traps[error]:
            return condition().handle(self, *args)
        raise error([condition])

    def _ignore_all_flags(self):
        return self._ignore_flags(*_signals)

    def _ignore_flags(self, *flags):
        self._ignored_flags = self._ignored_flags + list(flags)
        return list(flags)

    def _regard_flags(self, *flags):
        if flags and isinstance(flags[0], (tuple, list)):
            flags = flags[0]
        for flag in flags:
            self._ignored_flags.remove(flag)

    def Etiny(self):
        return int(self.Emin - self.prec + 1)

    def Etop(self):
        return int(self.Emax - self.prec + 1)

    def create_decimal(self, num='0'):
        if isinstance(num, str) and (num != num.strip() or '_' in num):
            return self._raise_error(ConversionSyntax,
                                     "trailing or leading whitespace and "
                                     "underscores are not permitted.")
        d = Decimal(num, context=self)
        if d._isnan() and len(d._int) > self.prec - self.clamp:
            return self._raise_error(ConversionSyntax,
                                     "diagnostic info too long in NaN")
        return d._fix(self)

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        return d._fix(self)

    def abs(self, a):
        return _convert_other(a, raiseit=True).__abs__(context=self)

    def add(self, a, b):
        return _convert_other(a, raiseit=True).__add__(b, context=self)

    def subtract(self, a, b):
        return _convert_other(a, raiseit=True).__sub__(b, context=self)

    def multiply(self, a, b):
        return _convert_other(a, raiseit=True).__mul__(b, context=self)

    def divide(self, a, b):
        return _convert_other(a, raiseit=True).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _convert_other(a, raiseit=True).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _convert_other(a, raiseit=True).__mod__(b, context=self)

    def power(self, a, b, modulo=None):
        return _convert_other(a, raiseit=True).__pow__(b, modulo, context=self)

    def plus(self, a):
        return _convert_other(a, raiseit=True).__pos__(context=self)

    def minus(self, a):
        return _convert_other(a, raiseit=True).__neg__(context=self)

    def quantize(self, a, b):
        return _convert_other(a, raiseit=True).quantize(b, context=self)

    def sqrt(self, a):
        return _convert_other(a, raiseit=True).sqrt(context=self)

    def compare(self, a, b):
        return _convert_other(a, raiseit=True).compare(b, context=self)

    def normalize(self, a):
        return _convert_other(a, raiseit=True).normalize(context=self)

    def to_integral_value(self, a):
        return _convert_other(a, raiseit=True).to_integral_value(context=self)
    to_integral = to_integral_value

    def max(self, a, b):
        return _convert_other(a, raiseit=True).max(b, context=self)

    def min(self, a, b):
        return _convert_other(a, raiseit=True).min(b, context=self)

    def exp(self, a):
        return _convert_other(a, raiseit=True).exp(context=self)

    def ln(self, a):
        return _convert_other(a, raiseit=True).ln(context=self)

    def log10(self, a):
        return _convert_other(a, raiseit=True).log10(context=self)


# ---------------------------------------------------------------- Decimal

class DecimalTuple(tuple):
    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0])
    digits = property(lambda self: self[1])
    exponent = property(lambda self: self[2])

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % tuple(self)


_DIGITS = '0123456789'


def _parse_decimal(text):
    """(sign, coefficient digits, exponent or special code, is_special) of a
    numeric string, or None when it is malformed."""
    # CPython's C implementation simply drops every underscore
    s = text.strip().replace('_', '')
    sign = 0
    if s[:1] in ('+', '-'):
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    lower = s.lower()
    if lower in ('inf', 'infinity'):
        return sign, '0', 'F', True
    for code, prefix in (('N', 'snan'), ('n', 'nan')):
        if lower.startswith(prefix):
            payload = s[len(prefix):]
            if payload and not all(c in _DIGITS for c in payload):
                return None
            return sign, str(int(payload)).lstrip('0') if payload else '', code, True
    exp = 0
    epos = max(lower.find('e'), -1)
    if epos >= 0:
        exptext = s[epos + 1:]
        s = s[:epos]
        body = exptext[1:] if exptext[:1] in ('+', '-') else exptext
        if not body or not all(c in _DIGITS for c in body):
            return None
        exp = int(exptext)
    if '.' in s:
        intpart, _, frac = s.partition('.')
    else:
        intpart, frac = s, ''
    if not intpart and not frac:
        return None
    if not all(c in _DIGITS for c in intpart) or not all(c in _DIGITS for c in frac):
        return None
    digits = (intpart + frac).lstrip('0') or '0'
    return sign, digits, exp - len(frac), False


class Decimal(object):
    __slots__ = ('_exp', '_int', '_sign', '_is_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse_decimal(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                return context._raise_error(
                    ConversionSyntax, "Invalid literal for Decimal: %r" % value)
            self._sign, self._int, self._exp, self._is_special = parsed
            return self
        if isinstance(value, int):
            if isinstance(value, bool):
                value = int(value)
            self._sign = 0 if value >= 0 else 1
            self._exp = 0
            self._int = str(abs(value))
            self._is_special = False
            return self
        if isinstance(value, Decimal):
            self._exp = value._exp
            self._sign = value._sign
            self._int = value._int
            self._is_special = value._is_special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            if not (isinstance(value[0], int) and value[0] in (0, 1)):
                raise ValueError("sign must be an integer with the value 0 or 1")
            if value[2] == 'F':
                self._int = '0'
                self._exp = value[2]
                self._is_special = True
                self._sign = value[0]
                return self
            digits = []
            for digit in value[1]:
                if isinstance(digit, int) and 0 <= digit <= 9:
                    if digits or digit != 0:
                        digits.append(digit)
                else:
                    raise ValueError("coefficient must be a tuple of digits")
            self._sign = value[0]
            if value[2] in ('n', 'N'):
                self._int = ''.join(map(str, digits))
                self._exp = value[2]
                self._is_special = True
            elif isinstance(value[2], int):
                self._int = ''.join(map(str, digits or [0]))
                self._exp = value[2]
                self._is_special = False
            elif isinstance(value[2], str):
                raise ValueError("string argument in the third position "
                                 "must be 'F', 'n' or 'N'")
            else:
                raise ValueError("exponent must be an integer")
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context._raise_error(
                FloatOperation, "strict semantics for mixing floats and "
                "Decimals are enabled")
            value = Decimal.from_float(value)
            self._exp = value._exp
            self._sign = value._sign
            self._int = value._int
            self._is_special = value._is_special
            return self
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            sign = 0 if f >= 0 else 1
            k = 0
            coeff = str(abs(f))
        elif isinstance(f, float):
            if f != f:
                return cls('NaN')
            if f in (float('inf'), float('-inf')):
                return cls('-Infinity' if f < 0 else 'Infinity')
            sign = 0 if math.copysign(1.0, f) > 0 else 1
            n, d = abs(f).as_integer_ratio()
            k = d.bit_length() - 1
            coeff = str(n * 5 ** k)
        else:
            raise TypeError("argument must be int or float")
        result = _dec_from_triple(sign, coeff, -k)
        if cls is Decimal:
            return result
        return cls(result)

    # -- predicates

    def _isnan(self):
        if self._is_special:
            exp = self._exp
            if exp == 'n':
                return 1
            if exp == 'N':
                return 2
        return 0

    def _isinfinity(self):
        if self._exp == 'F':
            return -1 if self._sign else 1
        return 0

    def _check_nans(self, other=None, context=None):
        self_is_nan = self._isnan()
        other_is_nan = 0 if other is None else other._isnan()
        if self_is_nan or other_is_nan:
            if context is None:
                context = getcontext()
            if self_is_nan == 2:
                return context._raise_error(InvalidOperation, 'sNaN', self)
            if other_is_nan == 2:
                return context._raise_error(InvalidOperation, 'sNaN', other)
            if self_is_nan:
                return self._fix_nan(context)
            return other._fix_nan(context)
        return 0

    def _compare_check_nans(self, other, context):
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            if self.is_snan() or other.is_snan():
                return context._raise_error(InvalidOperation,
                                            'comparison involving sNaN')
            if self.is_qnan() or other.is_qnan():
                return context._raise_error(InvalidOperation,
                                            'comparison involving NaN')
        return 0

    def __bool__(self):
        return self._is_special or self._int != '0'

    def is_nan(self):
        return self._exp in ('n', 'N')

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_infinite(self):
        return self._exp == 'F'

    def is_finite(self):
        return not self._is_special

    def is_zero(self):
        return not self._is_special and self._int == '0'

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._is_special or not self:
            return False
        if context is None:
            context = getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._is_special or not self:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def is_canonical(self):
        return True

    def adjusted(self):
        try:
            return self._exp + len(self._int) - 1
        except TypeError:
            return 0

    def as_tuple(self):
        return DecimalTuple(self._sign, tuple(map(int, self._int)), self._exp)

    def as_integer_ratio(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if not self:
            return 0, 1
        n = int(self._int)
        if self._exp >= 0:
            n, d = n * 10 ** self._exp, 1
        else:
            d = 10 ** -self._exp
            g = math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def _fix_nan(self, context):
        payload = self._int
        max_payload_len = context.prec - context.clamp
        if len(payload) > max_payload_len:
            payload = payload[len(payload) - max_payload_len:].lstrip('0')
            return _dec_from_triple(self._sign, payload, self._exp, True)
        return Decimal(self)

    # -- rounding

    def _fix(self, context):
        """Round to the context's precision and exponent limits, raising the
        signals that this causes."""
        if not self._is_special:
            # fast path: fits the precision and the exponent range as is
            n = len(self._int)
            if n <= context.prec and self._int != '0':
                adj = self._exp + n - 1
                if (context.Emin <= adj <= context.Emax and
                        (not context.clamp or self._exp <= context.Emax - context.prec + 1)):
                    return self
        if self._is_special:
            if self._isnan():
                return self._fix_nan(context)
            return Decimal(self)
        Etiny = context.Etiny()
        Etop = context.Etop()
        if not self:
            exp_max = [context.Emax, Etop][context.clamp]
            new_exp = min(max(self._exp, Etiny), exp_max)
            if new_exp != self._exp:
                context._raise_error(Clamped)
                return _dec_from_triple(self._sign, '0', new_exp)
            return Decimal(self)
        self_len = len(self._int)
        exp_min = len(self._int) + self._exp - context.prec
        if exp_min > Etop:
            ans = context._raise_error(Overflow, 'above Emax', self._sign)
            context._raise_error(Inexact)
            context._raise_error(Rounded)
            return ans
        self_is_subnormal = exp_min < Etiny
        if self_is_subnormal:
            exp_min = Etiny
        if self._exp < exp_min:
            digits = self_len + self._exp - exp_min
            if digits < 0:
                self = _dec_from_triple(self._sign, '1', exp_min - 1)
                digits = 0
            rounding_method = _ROUNDING_METHODS[context.rounding]
            changed = rounding_method(self, digits)
            coeff = self._int[:digits] or '0'
            if changed > 0:
                coeff = str(int(coeff) + 1)
                if len(coeff) > context.prec:
                    coeff = coeff[:-1]
                    exp_min += 1
            if exp_min > Etop:
                ans = context._raise_error(Overflow, 'above Emax', self._sign)
            else:
                ans = _dec_from_triple(self._sign, coeff, exp_min)
            if changed and self_is_subnormal:
                context._raise_error(Underflow)
            if self_is_subnormal:
                context._raise_error(Subnormal)
            if changed:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
            if not ans:
                context._raise_error(Clamped)
            return ans
        if self_is_subnormal:
            context._raise_error(Subnormal)
        if context.clamp == 1 and self._exp > Etop:
            context._raise_error(Clamped)
            self_padded = self._int + '0' * (self._exp - Etop)
            return _dec_from_triple(self._sign, self_padded, Etop)
        return Decimal(self)

    # each returns 1 to round up, -1 when truncating drops nonzero digits,
    # 0 when the dropped digits are all zero
    def _round_down(self, prec):
        if _all_zeros(self._int, prec):
            return 0
        return -1

    def _round_up(self, prec):
        return -self._round_down(prec)

    def _round_half_up(self, prec):
        if self._int[prec] in '56789':
            return 1
        if _all_zeros(self._int, prec):
            return 0
        return -1

    def _round_half_down(self, prec):
        if _exact_half(self._int, prec):
            return -1
        return self._round_half_up(prec)

    def _round_half_even(self, prec):
        if _exact_half(self._int, prec) and (prec == 0 or self._int[prec - 1] in '02468'):
            return -1
        return self._round_half_up(prec)

    def _round_ceiling(self, prec):
        if self._sign:
            return self._round_down(prec)
        return -self._round_down(prec)

    def _round_floor(self, prec):
        if not self._sign:
            return self._round_down(prec)
        return -self._round_down(prec)

    def _round_05up(self, prec):
        if prec and self._int[prec - 1] not in '05':
            return self._round_down(prec)
        return -self._round_down(prec)

    def _round(self, places, rounding):
        """Round a nonzero finite number to `places` significant digits."""
        if places <= 0:
            raise ValueError("argument should be at least 1 in _round")
        if self._is_special or not self:
            return Decimal(self)
        ans = self._rescale(self.adjusted() + 1 - places, rounding)
        if ans.adjusted() != self.adjusted():
            ans = ans._rescale(ans.adjusted() + 1 - places, rounding)
        return ans

    def _rescale(self, exp, rounding):
        if self._is_special:
            return Decimal(self)
        if not self:
            return _dec_from_triple(self._sign, '0', exp)
        if self._exp >= exp:
            return _dec_from_triple(self._sign, self._int + '0' * (self._exp - exp), exp)
        digits = len(self._int) + self._exp - exp
        if digits < 0:
            self = _dec_from_triple(self._sign, '1', exp - 1)
            digits = 0
        this_function = _ROUNDING_METHODS[rounding]
        changed = this_function(self, digits)
        coeff = self._int[:digits] or '0'
        if changed == 1:
            coeff = str(int(coeff) + 1)
        return _dec_from_triple(self._sign, coeff, exp)

    # -- conversions

    def __str__(self, eng=False, context=None):
        sign = ['', '-'][self._sign]
        if self._is_special:
            if self._exp == 'F':
                return sign + 'Infinity'
            if self._exp == 'n':
                return sign + 'NaN' + self._int
            return sign + 'sNaN' + self._int
        leftdigits = self._exp + len(self._int)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == '0':
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + self._int
        elif dotplace >= len(self._int):
            intpart = self._int + '0' * (dotplace - len(self._int))
            fracpart = ''
        else:
            intpart = self._int[:dotplace]
            fracpart = '.' + self._int[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            if context is None:
                context = getcontext()
            exp = ['e', 'E'][context.capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __float__(self):
        if self._isnan():
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            s = "-nan" if self._sign else "nan"
        else:
            s = str(self)
        return float(s)

    def __int__(self):
        if self._is_special:
            if self._isnan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        s = (-1) ** self._sign
        if self._exp >= 0:
            return s * int(self._int) * 10 ** self._exp
        return s * int(self._int[:self._exp] or '0')

    __trunc__ = __int__

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __complex__(self):
        return complex(float(self))

    # -- hashing and comparison

    def __hash__(self):
        if self._is_special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value')
            if self.is_nan():
                return object.__hash__(self)
            return -_PyHASH_INF if self._sign else _PyHASH_INF
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, _PyHASH_MODULUS)
        else:
            exp_hash = pow(_PyHASH_10INV, -self._exp, _PyHASH_MODULUS)
        hash_ = int(self._int) * exp_hash % _PyHASH_MODULUS
        ans = -hash_ if self._sign else hash_
        return -2 if ans == -1 else ans

    def _cmp(self, other):
        """-1, 0 or 1 for two non-NaN Decimals."""
        if self._is_special or other._is_special:
            self_inf = self._isinfinity()
            other_inf = other._isinfinity()
            if self_inf == other_inf:
                return 0
            if self_inf < other_inf:
                return -1
            return 1
        if not self:
            if not other:
                return 0
            return -((-1) ** other._sign)
        if not other:
            return (-1) ** self._sign
        if other._sign < self._sign:
            return -1
        if self._sign < other._sign:
            return 1
        self_adjusted = self.adjusted()
        other_adjusted = other.adjusted()
        if self_adjusted == other_adjusted:
            self_padded = self._int + '0' * (self._exp - other._exp)
            other_padded = other._int + '0' * (other._exp - self._exp)
            if self_padded == other_padded:
                return 0
            if self_padded < other_padded:
                return -(-1) ** self._sign
            return (-1) ** self._sign
        if self_adjusted > other_adjusted:
            return (-1) ** self._sign
        return -(-1) ** self._sign

    def __eq__(self, other, context=None):
        self, other = _convert_for_comparison(self, other, equality_op=True)
        if other is NotImplemented:
            return other
        if self._check_nans(other, context):
            return False
        return self._cmp(other) == 0

    def _ordered(self, other, op, context):
        converted_self, converted = _convert_for_comparison(self, other)
        if converted is NotImplemented:
            if isinstance(other, (str, bytes, list, tuple, dict, set, type(None), complex)):
                raise TypeError("'%s' not supported between instances of "
                                "'decimal.Decimal' and '%s'" % (op, type(other).__name__))
            return NotImplemented
        if converted_self._compare_check_nans(converted, context):
            return False
        return converted_self._cmp(converted)

    def __lt__(self, other, context=None):
        ans = self._ordered(other, '<', context)
        return ans if ans is NotImplemented or ans is False else ans < 0

    def __le__(self, other, context=None):
        ans = self._ordered(other, '<=', context)
        return ans if ans is NotImplemented or ans is False else ans <= 0

    def __gt__(self, other, context=None):
        ans = self._ordered(other, '>', context)
        return ans if ans is NotImplemented or ans is False else ans > 0

    def __ge__(self, other, context=None):
        ans = self._ordered(other, '>=', context)
        return ans if ans is NotImplemented or ans is False else ans >= 0

    def compare(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        if self._is_special or (other and other._is_special):
            ans = self._check_nans(other, context)
            if ans:
                return ans
        return Decimal(self._cmp(other))

    def compare_total(self, other, context=None):
        """Total order of finite values: equal values order by exponent."""
        other = _convert_other(other, raiseit=True)
        if self._sign != other._sign:
            return _NegativeOne if self._sign else _One
        if self._isnan() or other._isnan():
            return _Zero
        c = self._cmp(other)
        if c == 0 and not self._is_special and self._exp != other._exp:
            c = -1 if self._exp < other._exp else 1
            if self._sign:
                c = -c
        return Decimal(c)

    # -- unary operations

    def __neg__(self, context=None):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if context is None:
            context = getcontext()
        if not self and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = self.copy_negate()
        return ans._fix(context)

    def __pos__(self, context=None):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if context is None:
            context = getcontext()
        if not self and context.rounding != ROUND_FLOOR:
            ans = self.copy_abs()
        else:
            ans = Decimal(self)
        return ans._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    def copy_abs(self):
        return _dec_from_triple(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _dec_from_triple(1 - self._sign, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        return _dec_from_triple(other._sign, self._int, self._exp, self._is_special)

    # -- arithmetic

    def __add__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _binary_fallback(self, other, '+')
        other = converted
        if context is None:
            context = getcontext()
        if not (self._is_special or other._is_special) and self._int != '0' and other._int != '0':
            # exact sum of nonzero finite operands, rounded once by _fix
            shift = self._exp - other._exp
            if -context.prec - 60 <= shift <= context.prec + 60:
                if shift >= 0:
                    c1 = int(self._int) * 10 ** shift
                    c2 = int(other._int)
                    exp = other._exp
                else:
                    c1 = int(self._int)
                    c2 = int(other._int) * 10 ** -shift
                    exp = self._exp
                if self._sign:
                    c1 = -c1
                if other._sign:
                    c2 = -c2
                total = c1 + c2
                if total > 0:
                    return _dec_from_triple(0, str(total), exp)._fix(context)
                if total < 0:
                    return _dec_from_triple(1, str(-total), exp)._fix(context)
                return _dec_from_triple(1 if context.rounding == ROUND_FLOOR else 0,
                                        '0', exp)._fix(context)
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity():
                if self._sign != other._sign and other._isinfinity():
                    return context._raise_error(InvalidOperation, '-INF + INF')
                return Decimal(self)
            if other._isinfinity():
                return Decimal(other)
        exp = min(self._exp, other._exp)
        negativezero = 0
        if context.rounding == ROUND_FLOOR and self._sign != other._sign:
            negativezero = 1
        if not self and not other:
            sign = min(self._sign, other._sign)
            if negativezero:
                sign = 1
            return _dec_from_triple(sign, '0', exp)._fix(context)
        if not self:
            exp = max(exp, other._exp - context.prec - 1)
            return other._rescale(exp, context.rounding)._fix(context)
        if not other:
            exp = max(exp, self._exp - context.prec - 1)
            return self._rescale(exp, context.rounding)._fix(context)
        op1 = _WorkRep(self)
        op2 = _WorkRep(other)
        op1, op2 = _normalize(op1, op2, context.prec)
        result = _WorkRep()
        if op1.sign != op2.sign:
            if op1.int == op2.int:
                return _dec_from_triple(negativezero, '0', exp)._fix(context)
            if op1.int < op2.int:
                op1, op2 = op2, op1
            if op1.sign == 1:
                result.sign = 1
                op1.sign, op2.sign = op2.sign, op1.sign
            else:
                result.sign = 0
        elif op1.sign == 1:
            result.sign = 1
            op1.sign, op2.sign = (0, 0)
        else:
            result.sign = 0
        if op2.sign == 0:
            result.int = op1.int + op2.int
        else:
            result.int = op1.int - op2.int
        result.exp = op1.exp
        return _work_to_decimal(result)._fix(context)

    def __radd__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _reflected_fallback(other, self, '+')
        other = converted
        return other.__add__(self, context=context)

    def __sub__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _binary_fallback(self, other, '-')
        if self._is_special or converted._is_special:
            ans = self._check_nans(converted, context=context)
            if ans:
                return ans
        return self.__add__(converted.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _reflected_fallback(other, self, '-')
        other = converted
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _binary_fallback(self, other, '*')
        other = converted
        if context is None:
            context = getcontext()
        resultsign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity():
                if not other:
                    return context._raise_error(InvalidOperation, '(+-)INF * 0')
                return _SignedInfinity[resultsign]
            if other._isinfinity():
                if not self:
                    return context._raise_error(InvalidOperation, '0 * (+-)INF')
                return _SignedInfinity[resultsign]
        resultexp = self._exp + other._exp
        if not self or not other:
            return _dec_from_triple(resultsign, '0', resultexp)._fix(context)
        if self._int == '1':
            return _dec_from_triple(resultsign, other._int, resultexp)._fix(context)
        if other._int == '1':
            return _dec_from_triple(resultsign, self._int, resultexp)._fix(context)
        return _dec_from_triple(resultsign, str(int(self._int) * int(other._int)),
                                resultexp)._fix(context)

    def __rmul__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _reflected_fallback(other, self, '*')
        other = converted
        return other.__mul__(self, context=context)

    def __truediv__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _binary_fallback(self, other, '/')
        other = converted
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._is_special or other._is_special:
            ans = self._check_nans(other, context)
            if ans:
                return ans
            if self._isinfinity() and other._isinfinity():
                return context._raise_error(InvalidOperation, '(+-)INF/(+-)INF')
            if self._isinfinity():
                return _SignedInfinity[sign]
            if other._isinfinity():
                context._raise_error(Clamped, 'Division by infinity')
                return _dec_from_triple(sign, '0', context.Etiny())
        if not other:
            if not self:
                return context._raise_error(DivisionUndefined, '0 / 0')
            return context._raise_error(DivisionByZero, 'x / 0', sign)
        if not self:
            exp = self._exp - other._exp
            coeff = 0
        else:
            shift = len(other._int) - len(self._int) + context.prec + 1
            exp = self._exp - other._exp - shift
            if shift >= 0:
                coeff, remainder = divmod(int(self._int) * 10 ** shift, int(other._int))
            else:
                coeff, remainder = divmod(int(self._int), int(other._int) * 10 ** -shift)
            if remainder:
                if coeff % 5 == 0:
                    coeff += 1
            else:
                ideal_exp = self._exp - other._exp
                digits = str(coeff)
                strip = min(len(digits) - len(digits.rstrip('0')), ideal_exp - exp)
                if strip > 0:
                    return _dec_from_triple(sign, digits[:-strip], exp + strip)._fix(context)
        ans = _dec_from_triple(sign, str(coeff), exp)
        return ans._fix(context)

    def _divide(self, other, context):
        """(self // other, self % other) for finite operands, other nonzero."""
        sign = self._sign ^ other._sign
        if other._isinfinity():
            ideal_exp = self._exp
        else:
            ideal_exp = min(self._exp, other._exp)
        expdiff = self.adjusted() - other.adjusted()
        if not self or other._isinfinity() or expdiff <= -2:
            return (_dec_from_triple(sign, '0', 0),
                    self._rescale(ideal_exp, context.rounding))
        if expdiff <= context.prec:
            op1 = _WorkRep(self)
            op2 = _WorkRep(other)
            if op1.exp >= op2.exp:
                op1.int *= 10 ** (op1.exp - op2.exp)
            else:
                op2.int *= 10 ** (op2.exp - op1.exp)
            q, r = divmod(op1.int, op2.int)
            if q < 10 ** context.prec:
                return (_dec_from_triple(sign, str(q), 0),
                        _dec_from_triple(self._sign, str(r), ideal_exp))
        ans = context._raise_error(DivisionImpossible,
                                   'quotient too large in //, % or divmod')
        return ans, ans

    def __divmod__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _binary_fallback(self, other, 'divmod()')
        other = converted
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return (ans, ans)
        sign = self._sign ^ other._sign
        if self._isinfinity():
            if other._isinfinity():
                ans = context._raise_error(InvalidOperation, 'divmod(INF, INF)')
                return ans, ans
            return (_SignedInfinity[sign],
                    context._raise_error(InvalidOperation, 'INF % x'))
        if not other:
            if not self:
                ans = context._raise_error(DivisionUndefined, 'divmod(0, 0)')
                return ans, ans
            if context.traps[InvalidOperation] and not context.traps[DivisionByZero]:
                pass
            elif context.traps[InvalidOperation]:
                # CPython reports both conditions of divmod(x, 0) at once
                context.flags[InvalidOperation] = True
                context.flags[DivisionByZero] = True
                raise InvalidOperation([InvalidOperation, DivisionByZero])
            return (context._raise_error(DivisionByZero, 'x // 0', sign),
                    context._raise_error(InvalidOperation, 'x % 0'))
        quotient, remainder = self._divide(other, context)
        remainder = remainder._fix(context)
        return quotient, remainder

    def __rdivmod__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _reflected_fallback(other, self, 'divmod()')
        other = converted
        return other.__divmod__(self, context=context)

    def __mod__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _binary_fallback(self, other, '%')
        other = converted
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            return context._raise_error(InvalidOperation, 'INF % x')
        if not other:
            if other:
                return context._raise_error(InvalidOperation, 'x % 0')
            if not self:
                return context._raise_error(DivisionUndefined, '0 % 0')
            return context._raise_error(InvalidOperation, 'x % 0')
        remainder = self._divide(other, context)[1]
        return remainder._fix(context)

    def __rmod__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _reflected_fallback(other, self, '%')
        other = converted
        return other.__mod__(self, context=context)

    def __floordiv__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _binary_fallback(self, other, '//')
        other = converted
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if self._isinfinity():
            if other._isinfinity():
                return context._raise_error(InvalidOperation, 'INF // INF')
            return _SignedInfinity[self._sign ^ other._sign]
        if not other:
            if self:
                return context._raise_error(DivisionByZero, 'x // 0',
                                            self._sign ^ other._sign)
            return context._raise_error(DivisionUndefined, '0 // 0')
        return self._divide(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _reflected_fallback(other, self, '//')
        other = converted
        return other.__floordiv__(self, context=context)

    def __rtruediv__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _reflected_fallback(other, self, '/')
        other = converted
        return other.__truediv__(self, context=context)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            raise TypeError("three-argument pow() is not supported by this decimal module")
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _binary_fallback(self, other, '** or pow()')
        other = converted
        if context is None:
            context = getcontext()
        ans = self._check_nans(other, context)
        if ans:
            return ans
        if not other:
            if not self:
                return context._raise_error(InvalidOperation, '0 ** 0')
            return _One
        result_sign = 0
        if self._sign == 1:
            if other._isinteger():
                if not other._iseven():
                    result_sign = 1
            elif self:
                return context._raise_error(InvalidOperation,
                                            'x ** y with x negative and y not an integer')
            self = self.copy_negate()
        if not self:
            if other._sign == 0:
                return _dec_from_triple(result_sign, '0', 0)
            return _SignedInfinity[result_sign]
        if self._isinfinity():
            if other._sign == 0:
                return _SignedInfinity[result_sign]
            return _dec_from_triple(result_sign, '0', 0)
        if other._isinfinity():
            c = self._cmp(_One)
            if c == 0:
                return _dec_from_triple(result_sign, '1' + '0' * (context.prec - 1),
                                        1 - context.prec)._fix(context)
            if (c > 0) == (other._sign == 0):
                return _SignedInfinity[result_sign]
            return _dec_from_triple(result_sign, '0', 0)
        if other.adjusted() >= 30:
            ans = self._huge_power(other, context)
        elif other._isinteger():
            ans = self._int_power(int(other), context)
        else:
            ans = self._float_power(other, context)
        if result_sign and ans is not None and not ans._isnan():
            ans = ans.copy_negate()
        return ans

    def _int_power(self, n, context):
        """self ** n for positive finite self by repeated squaring with guard
        digits; exact results stay exact, inexact ones get a sticky digit so
        the single final rounding is correct."""
        negative = n < 0
        n = abs(n)
        work = Context(prec=context.prec + len(str(n)) + 6,
                       rounding=ROUND_HALF_EVEN, Emin=MIN_EMIN, Emax=MAX_EMAX)
        work.clear_traps()
        result = _One
        base = self
        bits = n
        while True:
            if bits & 1:
                result = result.__mul__(base, context=work)
            bits >>= 1
            if not bits:
                break
            base = base.__mul__(base, context=work)
        if result._is_special or not result:
            # beyond even the work range: far beyond the context's
            if negative != (not result):
                return _underflow_to_zero(context)
            ans = context._raise_error(Overflow, 'above Emax', 0)
            context._raise_error(Inexact)
            context._raise_error(Rounded)
            return ans
        if negative:
            result = _One.__truediv__(result, context=work)
        if not result:
            return _underflow_to_zero(context)
        if work.flags[Inexact]:
            result = _dec_from_triple(0, result._int + '1', result._exp - 1)
        return result._fix(context)

    def _huge_power(self, other, context):
        """self ** other for positive finite self and |other| >= 10**30:
        1, an overflow or an underflow."""
        c = self._cmp(_One)
        if c == 0:
            if self._int == '1' and self._exp == 0:
                return _One
            ans = _dec_from_triple(0, '1' + '0' * (context.prec - 1), 1 - context.prec)
            context._raise_error(Inexact)
            context._raise_error(Rounded)
            return ans
        if (c > 0) == (other._sign == 0):
            ans = context._raise_error(Overflow, 'above Emax', 0)
            context._raise_error(Inexact)
            context._raise_error(Rounded)
            return ans
        return _underflow_to_zero(context)

    def _float_power(self, other, context):
        prec = context.prec + 10
        work = Context(prec=prec + 10, Emin=MIN_EMIN, Emax=MAX_EMAX)
        work.clear_traps()
        logx = self._ln_exact(work)
        product = logx.__mul__(other, context=work)
        if product.adjusted() > len(str(context.Emax)) + 2:
            if product._sign:
                return _underflow_to_zero(context)
            return context._raise_error(Overflow, 'above Emax', 0)
        result = product.exp(context=work)
        result = _dec_from_triple(0, result._int + '1', result._exp - 1)
        return result._fix(context)

    def __rpow__(self, other, context=None):
        converted = _convert_other(other)
        if converted is NotImplemented:
            return _reflected_fallback(other, self, '** or pow()')
        other = converted
        return other.__pow__(self, context=context)

    def _isinteger(self):
        if self._is_special:
            return False
        if self._exp >= 0:
            return True
        rest = self._int[self._exp:]
        return rest == '0' * len(rest)

    def _iseven(self):
        if not self or self._exp > 0:
            return True
        return self._int[-1 + self._exp] in '02468'

    # -- rounding to a given exponent

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert_other(exp, raiseit=True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        if self._is_special or exp._is_special:
            ans = self._check_nans(exp, context)
            if ans:
                return ans
            if exp._isinfinity() or self._isinfinity():
                if exp._isinfinity() and self._isinfinity():
                    return Decimal(self)
                return context._raise_error(InvalidOperation, 'quantize with one INF')
        if not (context.Etiny() <= exp._exp <= context.Emax):
            return context._raise_error(InvalidOperation,
                                        'target exponent out of bounds in quantize')
        if not self:
            ans = _dec_from_triple(self._sign, '0', exp._exp)
            return ans._fix(context)
        self_adjusted = self.adjusted()
        if self_adjusted > context.Emax:
            return context._raise_error(InvalidOperation,
                                        'exponent of quantize result too large for current context')
        if self_adjusted - exp._exp + 1 > context.prec:
            return context._raise_error(InvalidOperation,
                                        'quantize result has too many digits for current context')
        ans = self._rescale(exp._exp, rounding)
        if ans.adjusted() > context.Emax:
            return context._raise_error(InvalidOperation,
                                        'exponent of quantize result too large for current context')
        if len(ans._int) > context.prec:
            return context._raise_error(InvalidOperation,
                                        'quantize result has too many digits for current context')
        if ans and ans.adjusted() < context.Emin:
            context._raise_error(Subnormal)
        if ans._exp > self._exp:
            if ans != self:
                context._raise_error(Inexact)
            context._raise_error(Rounded)
        ans = ans._fix(context)
        return ans

    def same_quantum(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        if self._is_special or other._is_special:
            return (self.is_nan() and other.is_nan() or
                    self.is_infinite() and other.is_infinite())
        return self._exp == other._exp

    def to_integral_exact(self, rounding=None, context=None):
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        if not self:
            return _dec_from_triple(self._sign, '0', 0)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        ans = self._rescale(0, rounding)
        if ans != self:
            context._raise_error(Inexact)
        context._raise_error(Rounded)
        return ans

    def to_integral_value(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError(_ROUNDING_ERROR)
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            return Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        return self._rescale(0, rounding)

    to_integral = to_integral_value

    def normalize(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
        dup = self._fix(context)
        if dup._isinfinity():
            return dup
        if not dup:
            return _dec_from_triple(dup._sign, '0', 0)
        exp_max = [context.Emax, context.Etop()][context.clamp]
        end = len(dup._int)
        exp = dup._exp
        while dup._int[end - 1] == '0' and exp < exp_max:
            exp += 1
            end -= 1
        return _dec_from_triple(dup._sign, dup._int[:end], exp)

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            exp = _dec_from_triple(0, '1', -n)
            return self.quantize(exp)
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        return int(self._rescale(0, ROUND_HALF_EVEN))

    def __floor__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        return int(self._rescale(0, ROUND_FLOOR))

    def __ceil__(self):
        if self._is_special:
            if self.is_nan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        return int(self._rescale(0, ROUND_CEILING))

    # -- max / min

    def _minmax(self, other, context, want_max):
        other = _convert_other(other, raiseit=True)
        if context is None:
            context = getcontext()
        if self._is_special or other._is_special:
            sn = self._isnan()
            on = other._isnan()
            if sn or on:
                if on == 1 and sn == 0:
                    return self._fix(context)
                if sn == 1 and on == 0:
                    return other._fix(context)
                return self._check_nans(other, context)
        c = self._cmp(other)
        if c == 0:
            c = int(self.compare_total(other))
        if (c < 0) == want_max:
            ans = other
        else:
            ans = self
        return ans._fix(context)

    def max(self, other, context=None):
        return self._minmax(other, context, True)

    def min(self, other, context=None):
        return self._minmax(other, context, False)

    def max_mag(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        c = self.copy_abs()._cmp(other.copy_abs())
        if c == 0:
            return self.max(other, context)
        return (other if c < 0 else self)._fix(context or getcontext())

    def min_mag(self, other, context=None):
        other = _convert_other(other, raiseit=True)
        c = self.copy_abs()._cmp(other.copy_abs())
        if c == 0:
            return self.min(other, context)
        return (self if c < 0 else other)._fix(context or getcontext())

    # -- square root, logarithms and exp

    def sqrt(self, context=None):
        if context is None:
            context = getcontext()
        if self._is_special:
            ans = self._check_nans(context=context)
            if ans:
                return ans
            if self._isinfinity() and self._sign == 0:
                return Decimal(self)
        if not self:
            ans = _dec_from_triple(self._sign, '0', self._exp // 2)
            return ans._fix(context)
        if self._sign == 1:
            return context._raise_error(InvalidOperation, 'sqrt(-x), x > 0')
        prec = context.prec + 1
        op = _WorkRep(self)
        e = op.exp >> 1
        if op.exp & 1:
            c = op.int * 10
            l = (len(self._int) >> 1) + 1
        else:
            c = op.int
            l = len(self._int) + 1 >> 1
        shift = prec - l
        if shift >= 0:
            c *= 100 ** shift
            exact = True
        else:
            c, remainder = divmod(c, 100 ** -shift)
            exact = not remainder
        e -= shift
        n = math.isqrt(c)
        exact = exact and n * n == c
        if exact:
            if shift >= 0:
                n //= 10 ** shift
            else:
                n *= 10 ** -shift
            e += shift
        else:
            if n % 5 == 0:
                n += 1
        ans = _dec_from_triple(0, str(n), e)
        context = context._shallow_copy()
        rounding = context.rounding
        object.__setattr__(context, 'rounding', ROUND_HALF_EVEN)
        ans = ans._fix(context)
        object.__setattr__(context, 'rounding', rounding)
        return ans

    def _ln_exact(self, context):
        """Natural logarithm of a positive finite value with about
        context.prec correct digits (series on a reduced argument)."""
        prec = context.prec + 8
        work = Context(prec=prec, Emin=MIN_EMIN, Emax=MAX_EMAX)
        work.clear_traps()
        # x = m * 10**k with 0.1 <= m < 1 handled via ln10
        # x = m * 10**k with m in [0.316, 3.16), so x near 1 keeps k == 0
        k = self.adjusted()
        m = _dec_from_triple(0, self._int, 1 - len(self._int))
        if m._cmp(Decimal('3.16')) > 0:
            k += 1
            m = _dec_from_triple(0, self._int, -len(self._int))
        # bring m close to 1 by repeated square roots
        halvings = 0
        while abs(m.__sub__(_One, context=work)).__gt__(Decimal('0.001')):
            m = m.sqrt(context=work)
            halvings += 1
        # ln(m) = 2 atanh((m-1)/(m+1))
        z = m.__sub__(_One, context=work).__truediv__(m.__add__(_One, context=work), context=work)
        z2 = z.__mul__(z, context=work)
        term = z
        total = z
        i = 1
        eps = _dec_from_triple(0, '1', z.adjusted() - prec - 2)
        while True:
            term = term.__mul__(z2, context=work)
            i += 2
            piece = term.__truediv__(Decimal(i), context=work)
            if abs(piece).__lt__(eps) or not piece:
                break
            total = total.__add__(piece, context=work)
        lnm = total.__mul__(Decimal(2 ** (halvings + 1)), context=work)
        if k:
            lnm = lnm.__add__(_ln10(prec).__mul__(Decimal(k), context=work), context=work)
        return lnm

    def exp(self, context=None):
        if context is None:
            context = getcontext()
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if self._isinfinity() == -1:
            return _Zero
        if not self:
            return _One
        if self._isinfinity() == 1:
            return Decimal(self)
        adj = self.adjusted()
        if self._sign == 0 and adj > len(str((context.Emax + 1) * 3)):
            ans = _dec_from_triple(0, '1', context.Emax + 1)
        elif self._sign == 1 and adj > len(str((-context.Etiny() + 1) * 3)):
            ans = _dec_from_triple(0, '1', context.Etiny() - 1)
        else:
            prec = context.prec + 10
            work = Context(prec=prec, Emin=MIN_EMIN, Emax=MAX_EMAX)
            work.clear_traps()
            x = Decimal(self)
            # reduce: exp(x) = exp(x / 2**r) ** (2**r)
            r = 0
            while x.copy_abs().__gt__(Decimal('0.01')):
                x = x.__truediv__(Decimal(2), context=work)
                r += 1
            work.prec = prec + r
            term = _One
            total = _One
            i = 0
            while True:
                i += 1
                term = term.__mul__(x, context=work).__truediv__(Decimal(i), context=work)
                if not term or term.adjusted() < total.adjusted() - work.prec - 2:
                    break
                total = total.__add__(term, context=work)
            for _ in range(r):
                total = total.__mul__(total, context=work)
            ans = _dec_from_triple(0, total._int + '1', total._exp - 1)
        context = context._shallow_copy()
        rounding = context.rounding
        object.__setattr__(context, 'rounding', ROUND_HALF_EVEN)
        ans = ans._fix(context)
        object.__setattr__(context, 'rounding', rounding)
        return ans

    def _log_check(self, context):
        ans = self._check_nans(context=context)
        if ans:
            return ans
        if not self:
            return _NegativeInfinity
        if self._isinfinity() == 1:
            return _Infinity
        if self._sign == 1:
            return context._raise_error(InvalidOperation, 'ln of a negative value')
        return None

    def ln(self, context=None):
        if context is None:
            context = getcontext()
        ans = self._log_check(context)
        if ans is not None:
            return ans
        if self == _One:
            return _Zero
        work = Context(prec=context.prec + 6, Emin=MIN_EMIN, Emax=MAX_EMAX)
        ans = self._ln_exact(work)
        ans = _dec_from_triple(ans._sign, ans._int + '1', ans._exp - 1)
        context = context._shallow_copy()
        rounding = context.rounding
        object.__setattr__(context, 'rounding', ROUND_HALF_EVEN)
        ans = ans._fix(context)
        object.__setattr__(context, 'rounding', rounding)
        return ans

    def log10(self, context=None):
        if context is None:
            context = getcontext()
        ans = self._log_check(context)
        if ans is not None:
            return ans
        stripped = self._int.rstrip('0')
        if stripped == '1':
            ans = Decimal(self._exp + len(self._int) - len(stripped))
        else:
            work = Context(prec=context.prec + 6, Emin=MIN_EMIN, Emax=MAX_EMAX)
            work.clear_traps()
            ans = self._ln_exact(work).__truediv__(_ln10(work.prec + 4), context=work)
            ans = _dec_from_triple(ans._sign, ans._int + '1', ans._exp - 1)
        context = context._shallow_copy()
        rounding = context.rounding
        object.__setattr__(context, 'rounding', ROUND_HALF_EVEN)
        ans = ans._fix(context)
        object.__setattr__(context, 'rounding', rounding)
        return ans

    # -- pickling / copying

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __format__(self, specifier, context=None):
        if context is None:
            context = getcontext()
        spec = _parse_format_specifier(specifier)
        if self._is_special:
            sign = _format_sign(self._sign, spec)
            body = str(self.copy_abs())
            if spec['type'] == '%':
                body += '%'
            if spec['zeropad']:
                spec['fill'] = ' '
                spec['align'] = '>'
            return _format_align(sign, body, spec)
        if spec['type'] is None:
            spec['type'] = ['g', 'G'][context.capitals]
        if spec['type'] == '%':
            self = _dec_from_triple(self._sign, self._int, self._exp + 2)
        rounding = context.rounding
        precision = spec['precision']
        if precision is not None:
            if spec['type'] in 'eE':
                self = self._round(precision + 1, rounding)
            elif spec['type'] in 'fF%':
                self = self._rescale(-precision, rounding)
            elif spec['type'] in 'gG' and len(self._int) > precision:
                self = self._round(precision, rounding)
        if not self and self._exp > 0 and spec['type'] in 'fF%':
            self = self._rescale(0, rounding)
        if not self and spec['no_neg_0'] and self._sign:
            self = self.copy_abs()
        leftdigits = self._exp + len(self._int)
        if spec['type'] in 'eE':
            if not self and precision is not None:
                dotplace = 1 - precision
            else:
                dotplace = 1
        elif spec['type'] in 'fF%':
            dotplace = leftdigits
        elif spec['type'] in 'gG':
            if self._exp <= 0 and leftdigits > -6:
                dotplace = leftdigits
            else:
                dotplace = 1
        if dotplace < 0:
            intpart = '0'
            fracpart = '0' * (-dotplace) + self._int
        elif dotplace > len(self._int):
            intpart = self._int + '0' * (dotplace - len(self._int))
            fracpart = ''
        else:
            intpart = self._int[:dotplace] or '0'
            fracpart = self._int[dotplace:]
        exp = leftdigits - dotplace
        return _format_number(self._sign, intpart, fracpart, exp, spec)


def _underflow_to_zero(context):
    """A power too small for the context: below Etiny, rounded."""
    return _dec_from_triple(0, '1', context.Etiny() - 1)._fix(context)


def _dec_from_triple(sign, coefficient, exponent, special=False):
    self = object.__new__(Decimal)
    self._sign = sign
    self._int = coefficient
    self._exp = exponent
    self._is_special = special
    return self


def _all_zeros(digits, start):
    for ch in digits[start:]:
        if ch != '0':
            return False
    return True


def _exact_half(digits, start):
    if start >= len(digits) or digits[start] != '5':
        return False
    return _all_zeros(digits, start + 1)


_ROUNDING_METHODS = {
    ROUND_DOWN: Decimal._round_down,
    ROUND_UP: Decimal._round_up,
    ROUND_HALF_UP: Decimal._round_half_up,
    ROUND_HALF_DOWN: Decimal._round_half_down,
    ROUND_HALF_EVEN: Decimal._round_half_even,
    ROUND_CEILING: Decimal._round_ceiling,
    ROUND_FLOOR: Decimal._round_floor,
    ROUND_05UP: Decimal._round_05up,
}


class _WorkRep(object):
    __slots__ = ('sign', 'int', 'exp')

    def __init__(self, value=None):
        if value is None:
            self.sign = None
            self.int = 0
            self.exp = None
        else:
            self.sign = value._sign
            self.int = int(value._int)
            self.exp = value._exp


def _work_to_decimal(rep):
    return _dec_from_triple(rep.sign, str(rep.int), rep.exp)


def _normalize(op1, op2, prec=0):
    """Align exponents of two work representations for addition, shrinking
    the smaller operand when it cannot affect the rounded result."""
    if op1.exp < op2.exp:
        tmp, other = op2, op1
    else:
        tmp, other = op1, op2
    tmp_len = len(str(tmp.int))
    other_len = len(str(other.int))
    exp = tmp.exp + min(-1, tmp_len - prec - 2)
    if other_len + other.exp - 1 < exp:
        other.int = 1
        other.exp = exp
    tmp.int *= 10 ** (tmp.exp - other.exp)
    tmp.exp = other.exp
    return op1, op2


def _binary_fallback(self, other, op):
    """NotImplemented, or CPython's TypeError for the builtin types that
    cannot answer the reflected operation themselves."""
    if isinstance(other, (float, str, bytes, list, tuple, dict, set, complex, type(None))):
        raise TypeError("unsupported operand type(s) for %s: 'decimal.Decimal' and '%s'"
                        % (op, type(other).__name__))
    return NotImplemented


def _reflected_fallback(other, self, op):
    """CPython's TypeError for builtin left operands (the interpreter would
    otherwise name the type without its module)."""
    if op == '+' and isinstance(other, (str, list, tuple, bytes)):
        raise TypeError('can only concatenate %s (not "decimal.Decimal") to %s'
                        % (type(other).__name__, type(other).__name__))
    if op == '*' and isinstance(other, (str, list, tuple, bytes)):
        raise TypeError("can't multiply sequence by non-int of type 'decimal.Decimal'")
    if isinstance(other, (float, complex, type(None), str, bytes, list, tuple, dict, set)):
        raise TypeError("unsupported operand type(s) for %s: '%s' and 'decimal.Decimal'"
                        % (op, type(other).__name__))
    return NotImplemented


def _convert_other(other, raiseit=False, allow_float=False):
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if allow_float and isinstance(other, float):
        return Decimal.from_float(other)
    if raiseit:
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(other).__name__)
    return NotImplemented


def _convert_for_comparison(self, other, equality_op=False):
    if isinstance(other, Decimal):
        return self, other
    if isinstance(other, int):
        return self, Decimal(other)
    if isinstance(other, float):
        context = getcontext()
        if equality_op:
            context.flags[FloatOperation] = True
        else:
            context._raise_error(FloatOperation,
                                 "strict semantics for mixing floats and Decimals are enabled")
        return self, Decimal.from_float(other)
    try:
        from fractions import Fraction
    except ImportError:
        Fraction = None
    if Fraction is not None and isinstance(other, Fraction):
        if not self._is_special:
            self = _dec_from_triple(self._sign, str(int(self._int) * other.denominator),
                                    self._exp)
        return self, Decimal(other.numerator)
    return NotImplemented, NotImplemented


def _ln10(prec):
    # ln(10) to the requested precision, computed once per precision
    cached = _LN10_CACHE.get(prec)
    if cached is not None:
        return cached
    work = Context(prec=prec + 6, Emin=MIN_EMIN, Emax=MAX_EMAX)
    work.clear_traps()
    # ln(10) = 3 ln 2 + ln(1.25); both via atanh series
    def atanh_inverse(n):
        # atanh(1/n) = sum 1/((2k+1) n^(2k+1))
        x = _One.__truediv__(Decimal(n), context=work)
        x2 = x.__mul__(x, context=work)
        total = x
        term = x
        i = 1
        while True:
            term = term.__mul__(x2, context=work)
            i += 2
            piece = term.__truediv__(Decimal(i), context=work)
            if not piece or piece.adjusted() < -work.prec - 4:
                break
            total = total.__add__(piece, context=work)
        return total
    # ln 2 = 2 atanh(1/3); ln(1.25) = 2 atanh(1/9)
    ln2 = atanh_inverse(3).__mul__(Decimal(2), context=work)
    ln125 = atanh_inverse(9).__mul__(Decimal(2), context=work)
    result = ln2.__mul__(Decimal(3), context=work).__add__(ln125, context=work)
    _LN10_CACHE[prec] = result
    return result


_LN10_CACHE = {}


# ---------------------------------------------------------------- format

def _parse_format_specifier(spec):
    """The fields of a format specification, as a dict (CPython's mini
    language: [[fill]align][sign][z][#][0][width][,|_][.precision][type])."""
    result = {'fill': ' ', 'align': None, 'sign': '-', 'no_neg_0': False,
              'alt': False, 'zeropad': False, 'minimumwidth': 0,
              'thousands_sep': '', 'precision': None, 'type': None}
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        result['fill'] = spec[0]
        result['align'] = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        result['align'] = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        result['sign'] = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        result['no_neg_0'] = True
        i += 1
    if i < n and spec[i] == '0':
        result['zeropad'] = True
        i += 1
    start = i
    while i < n and spec[i] in _DIGITS:
        i += 1
    if i > start:
        result['minimumwidth'] = int(spec[start:i])
    if i < n and spec[i] == ',':
        result['thousands_sep'] = spec[i]
        i += 1
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and spec[i] in _DIGITS:
            i += 1
        if i == start:
            raise ValueError("invalid format string")
        result['precision'] = int(spec[start:i])
    if i < n:
        if i == n - 1 and spec[i] in 'eEfFgGn%':
            result['type'] = spec[i]
            i += 1
    if i != n:
        raise ValueError("invalid format string")
    if result['zeropad']:
        if result['align'] is None:
            result['fill'] = '0'
            result['align'] = '='
    if result['align'] is None:
        result['align'] = '>'
    if result['type'] == 'n':
        result['type'] = 'g'
    if result['type'] in ('g', 'G') and result['precision'] == 0:
        result['precision'] = 1
    return result


def _format_sign(is_negative, spec):
    if is_negative:
        return '-'
    if spec['sign'] in ' +':
        return spec['sign']
    return ''


def _format_align(sign, body, spec):
    minimumwidth = spec['minimumwidth']
    fill = spec['fill']
    padding = fill * (minimumwidth - len(sign) - len(body))
    align = spec['align']
    if align == '<':
        return sign + body + padding
    if align == '>':
        return padding + sign + body
    if align == '=':
        return sign + padding + body
    half = len(padding) // 2
    return padding[:half] + sign + body + padding[half:]


def _group_digits(digits, sep, min_width):
    """Insert sep every three digits from the right, left-padding with zeros
    (and separators) to at least min_width characters."""
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (size - len(digits)) + digits[-size:])
        digits = digits[:-size]
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _format_number(is_negative, intpart, fracpart, exp, spec):
    sign = _format_sign(is_negative, spec)
    if fracpart or spec['alt']:
        fracpart = '.' + fracpart
    if exp != 0 or spec['type'] in 'eE':
        echar = {'E': 'E', 'e': 'e', 'G': 'E', 'g': 'e'}[spec['type']]
        fracpart += "{0}{1:+}".format(echar, exp)
    if spec['type'] == '%':
        fracpart += '%'
    sep = spec['thousands_sep']
    if spec['zeropad']:
        min_width = spec['minimumwidth'] - len(fracpart) - len(sign)
    else:
        min_width = 0
    intpart = _group_digits(intpart, sep, min_width)
    return _format_align(sign, intpart + fracpart, spec)


# ---------------------------------------------------------------- constants

_Infinity = Decimal('Inf')
_NegativeInfinity = Decimal('-Inf')
_NaN = Decimal('NaN')
_Zero = Decimal(0)
_One = Decimal(1)
_NegativeOne = Decimal(-1)
_SignedInfinity = (_Infinity, _NegativeInfinity)

DefaultContext = Context(
    prec=28, rounding=ROUND_HALF_EVEN,
    traps=[DivisionByZero, Overflow, InvalidOperation],
    flags=[], Emax=999999, Emin=-999999, capitals=1, clamp=0)

BasicContext = Context(
    prec=9, rounding=ROUND_HALF_UP,
    traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
    flags=[])

ExtendedContext = Context(
    prec=9, rounding=ROUND_HALF_EVEN,
    traps=[], flags=[])

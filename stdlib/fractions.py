"""fractions: rational numbers (CPython 3.11's Fraction)."""

import math
import operator

__all__ = ['Fraction']

# CPython's numeric hash: modulo the Mersenne prime 2**61 - 1
_PyHASH_MODULUS = (1 << 61) - 1
_PyHASH_INF = 314159

_DIGITS = '0123456789'


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _scan_digits(s, i, allow_empty):
    """Digits with single underscores between them from s[i]; returns the
    digits (underscores dropped) and the end index, or None if malformed."""
    start = i
    n = len(s)
    while i < n and s[i] in _DIGITS:
        i += 1
    if i == start:
        return ('', i) if allow_empty else None
    while i < n and s[i] == '_':
        if i + 1 < n and s[i + 1] in _DIGITS:
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            return None
    return s[start:i].replace('_', ''), i


def _parse_rational(text):
    """(numerator, denominator) of a Fraction literal, or None."""
    s = text.strip()
    i = 0
    negative = False
    if s[:1] in ('+', '-'):
        negative = s[0] == '-'
        i = 1
    if not (s[i:i + 1] in _DIGITS and s[i:i + 1] or s[i:i + 1] == '.' and s[i + 1:i + 2] in _DIGITS and s[i + 1:i + 2]):
        return None
    scanned = _scan_digits(s, i, True)
    if scanned is None:
        return None
    num_digits, i = scanned
    numerator = int(num_digits or '0')
    denominator = 1
    if s[i:i + 1] == '/':
        scanned = _scan_digits(s, i + 1, False)
        if scanned is None:
            return None
        den_digits, i = scanned
        denominator = int(den_digits)
    else:
        if s[i:i + 1] == '.':
            scanned = _scan_digits(s, i + 1, True)
            if scanned is None:
                return None
            decimal, i = scanned
            if decimal:
                scale = 10 ** len(decimal)
                numerator = numerator * scale + int(decimal)
                denominator *= scale
        if s[i:i + 1] in ('e', 'E'):
            i += 1
            exp_negative = False
            if s[i:i + 1] in ('+', '-'):
                exp_negative = s[i] == '-'
                i += 1
            scanned = _scan_digits(s, i, False)
            if scanned is None:
                return None
            exp_digits, i = scanned
            exp = int(exp_digits)
            if exp_negative:
                denominator *= 10 ** exp
            else:
                numerator *= 10 ** exp
    if i != len(s):
        return None
    if negative:
        numerator = -numerator
    return numerator, denominator


class Fraction:
    """This class implements rational numbers.

    Fraction(8, 6) == Fraction(4, 3); Fraction('3/4'), Fraction('1.5'),
    Fraction(0.25) and Fraction(other_fraction) are accepted too.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            elif isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            elif isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                parsed = _parse_rational(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator
            )
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")

        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, int):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts an int to a rational number (Corral has no Decimal)."""
        if isinstance(dec, int):
            return cls(dec)
        raise TypeError(
            "%s.from_decimal() only takes Decimals, not %r (%s)" %
            (cls.__name__, dec, type(dec).__name__))

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # continued-fraction convergents p/q until q would exceed the bound
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---------------------------------------------------------- arithmetic

    def _add(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db + da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _sub(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db - da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _mul(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction(na * nb, db * da, _normalize=False)

    def _div(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    def __add__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._add(b)
        return _float_or_complex_op(a, b, operator.add)

    def __radd__(b, a):
        if _is_rational(a):
            return Fraction._add(a, b)
        return _reverse_fallback(a, b, operator.add)

    def __sub__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._sub(b)
        return _float_or_complex_op(a, b, operator.sub)

    def __rsub__(b, a):
        if _is_rational(a):
            return Fraction._sub(a, b)
        return _reverse_fallback(a, b, operator.sub)

    def __mul__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._mul(b)
        return _float_or_complex_op(a, b, operator.mul)

    def __rmul__(b, a):
        if _is_rational(a):
            return Fraction._mul(a, b)
        return _reverse_fallback(a, b, operator.mul)

    def __truediv__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._div(b)
        return _float_or_complex_op(a, b, operator.truediv)

    def __rtruediv__(b, a):
        if _is_rational(a):
            return Fraction._div(a, b)
        return _reverse_fallback(a, b, operator.truediv)

    def __floordiv__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._floordiv(b)
        return _float_or_complex_op(a, b, operator.floordiv)

    def __rfloordiv__(b, a):
        if _is_rational(a):
            return Fraction._floordiv(a, b)
        return _reverse_fallback(a, b, operator.floordiv)

    def __divmod__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._divmod(b)
        return _float_or_complex_op(a, b, divmod)

    def __rdivmod__(b, a):
        if _is_rational(a):
            return Fraction._divmod(a, b)
        return _reverse_fallback(a, b, divmod)

    def __mod__(a, b):
        if isinstance(b, (int, Fraction)):
            return a._mod(b)
        return _float_or_complex_op(a, b, operator.mod)

    def __rmod__(b, a):
        if _is_rational(a):
            return Fraction._mod(a, b)
        return _reverse_fallback(a, b, operator.mod)

    def __pow__(a, b):
        """a ** b: rational for integral b, else a float (or complex)."""
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power,
                                    a._denominator ** power,
                                    _normalize=False)
                elif a._numerator >= 0:
                    return Fraction(a._denominator ** -power,
                                    a._numerator ** -power,
                                    _normalize=False)
                else:
                    return Fraction((-a._denominator) ** -power,
                                    (-a._numerator) ** -power,
                                    _normalize=False)
            else:
                return float(a) ** float(b)
        else:
            return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return operator.index(-(-a._numerator // a._denominator))
        return operator.index(a._numerator // a._denominator)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a.numerator // a.denominator

    def __ceil__(a):
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits): half to even."""
        if ndigits is None:
            floor, remainder = divmod(self.numerator, self.denominator)
            if remainder * 2 < self.denominator:
                return floor
            elif remainder * 2 > self.denominator:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            else:
                return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        # the hash of n/d is n * inverse(d) modulo the hash modulus, so that
        # equal ints, floats and Fractions hash alike
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _float_or_complex_op(a, b, op):
    if isinstance(b, float):
        return op(float(a), b)
    if isinstance(b, complex):
        return op(complex(float(a)), b)
    return NotImplemented


def _reverse_fallback(a, b, op):
    if isinstance(a, float):
        return op(a, float(b))
    if isinstance(a, complex):
        return op(a, complex(float(b)))
    return NotImplemented

from decimal import *
D = Decimal
tests = [
    lambda: D('abc'),
    lambda: D('1.2.3'),
    lambda: D('1__0'),
    lambda: D('1 0'),
    lambda: D('_'),
    lambda: D(''),
    lambda: D(1) / 0,
    lambda: D(0) / 0,
    lambda: D(5) // 0,
    lambda: D(5) % 0,
    lambda: D(-1).sqrt(),
    lambda: D('inf') - D('inf'),
    lambda: D('snan') + 1,
    lambda: D('nan') < 1,
    lambda: D(0) ** 0,
    lambda: D(0) ** -1,
    lambda: (-D(2)) ** D('0.5'),
    lambda: D('1.5').quantize(D('1e-40')),
    lambda: D('1e5').quantize(D(1), context=Context(prec=3)),
    lambda: D('1.5').quantize(D('inf')),
    lambda: Context(traps=[Inexact]).divide(1, 3),
    lambda: D(-1).ln(),
]
for t in tests:
    try:
        print(repr(t()))
    except DecimalException as e:
        print(type(e).__name__, e, isinstance(e, ArithmeticError))
try:
    D(1) / 0
except ZeroDivisionError as e:
    print('zero division', type(e).__name__, e.args)
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError),
      issubclass(Overflow, Inexact), issubclass(Underflow, Subnormal), issubclass(InvalidOperation, DecimalException))
print(InvalidOperation, ConversionSyntax.__mro__[1].__name__)

from decimal import *
ctx = Context()
tests = [
    lambda: setattr(ctx, 'prec', 0),
    lambda: setattr(ctx, 'prec', 'a'),
    lambda: setattr(ctx, 'Emin', 5),
    lambda: setattr(ctx, 'Emax', -1),
    lambda: setattr(ctx, 'clamp', 3),
    lambda: setattr(ctx, 'capitals', 3),
    lambda: setattr(ctx, 'rounding', 'ROUND_SIDEWAYS'),
    lambda: setattr(ctx, 'foo', 1),
    lambda: Context(prec=0),
    lambda: Context(rounding='x'),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
ctx.traps[DivisionByZero] = False
print(ctx.divide(Decimal(1), Decimal(0)), ctx.flags[DivisionByZero])
getcontext().traps[Inexact] = True
try:
    Decimal(2) / 3
except Inexact as e:
    print('Inexact', e)
getcontext().traps[Inexact] = False
print(Decimal(2) / 3)

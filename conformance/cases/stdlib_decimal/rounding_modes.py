from decimal import *
modes = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_FLOOR,
         ROUND_CEILING, ROUND_HALF_DOWN, ROUND_05UP]
for mode in modes:
    row = [str(Decimal(v).quantize(Decimal('1'), rounding=mode))
           for v in ['2.5', '3.5', '-2.5', '2.51', '-2.49', '0.5', '5.01', '-0.1', '10.5']]
    print(mode, row)
for mode in modes:
    ctx = Context(prec=3, rounding=mode)
    print(mode, ctx.divide(Decimal(2), Decimal(3)), ctx.divide(Decimal(-2), Decimal(3)),
          ctx.plus(Decimal('1.005')), ctx.plus(Decimal('-9.995')))

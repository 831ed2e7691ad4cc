from decimal import *
D = Decimal
print(getcontext().prec, getcontext().rounding, D(1) / 7)
getcontext().prec = 6
print(D(1) / 7, D('123456789') + 0, D('1.23456789') * 1, +D('9999999'))
with localcontext() as ctx:
    ctx.prec = 3
    print(D(1) / 7, ctx.prec)
print(D(1) / 7, getcontext().prec)
with localcontext(prec=4, rounding=ROUND_UP) as ctx:
    print(D(2) / 3, ctx.rounding)
ctx = Context(prec=5, rounding=ROUND_DOWN)
print(ctx.divide(D(2), D(3)), ctx.add(D('1.23456'), 0), ctx.power(2, 20), ctx.sqrt(D(10)))
print(ctx.multiply(D('1.11111'), 3), ctx.subtract(1, D('0.000001')), ctx.quantize(D('1.5'), D(1)))
print(ctx.create_decimal('3.14159265'), ctx.create_decimal_from_float(0.1))
setcontext(Context(prec=2))
print(D(1) / 3, D(100) + 1)
setcontext(DefaultContext)
print(D(1) / 3)
print(BasicContext.prec, BasicContext.rounding, ExtendedContext.prec)

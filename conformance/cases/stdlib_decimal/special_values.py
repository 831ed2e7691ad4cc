from decimal import *
D = Decimal
inf = D('inf')
print(inf + 1, -inf * 2, inf / 3, 1 / inf, D(5) / inf, inf - D('-inf'))
print(D('nan') + 1, D('nan') * inf, D('-nan'), abs(D('-inf')), D('nan').max(D(3)), D(2).min(D('nan')))
ctx = ExtendedContext.copy()
print(ctx.divide(D(1), D(0)), ctx.divide(D(-1), D(0)), ctx.divide(D(0), D(0)))
print(ctx.subtract(inf, inf), ctx.sqrt(D(-4)), ctx.multiply(inf, 0), ctx.power(D(0), D(0)))
print(ctx.flags[DivisionByZero], ctx.flags[InvalidOperation])
print(D('1e999999') * 10 if False else ctx.multiply(D('9e999999'), 10), ctx.flags[Overflow])
print(ctx.divide(D('1e-999999'), D(10) ** 20), ctx.flags[Underflow], ctx.flags[Subnormal])

from decimal import *
ctx = getcontext()
print(ctx)
x = Decimal(1) / 3
print(ctx)
print(ctx.flags[Inexact], ctx.flags[Rounded], ctx.flags[DivisionByZero])
ctx.clear_flags()
print(ctx.flags[Inexact])
print(Decimal(5) == 5.0, ctx.flags[FloatOperation])
c2 = Context(prec=7, rounding=ROUND_HALF_UP, Emin=-99, Emax=99, traps=[Overflow], flags=[])
print(c2)
print(c2.Etiny(), c2.Etop(), c2.copy().prec)
print(ExtendedContext)

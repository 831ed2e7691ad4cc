from decimal import *
D = Decimal
tests = [
    lambda: D(10) ** 10 ** 9,
    lambda: D(2) ** D('1e40'),
    lambda: D('0.5') ** D('1e40'),
    lambda: D('9e999999') * 10,
    lambda: D('1e999999') ** 2,
    lambda: D(10) ** D('1e999'),
    lambda: D('1.0') ** 10 ** 9,
    lambda: D('1e1000000'),
    lambda: D(1) ** D('1e50'),
    lambda: D(3) ** -10 ** 9,
]
for t in tests:
    try:
        print(repr(t()))
    except DecimalException as e:
        print(type(e).__name__, e)
with localcontext(Context(Emax=99, rounding=ROUND_DOWN, traps=[])) as ctx:
    print(D(10) ** 200, ctx.flags[Overflow])

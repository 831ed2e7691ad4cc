from decimal import *
D = Decimal
c = getcontext()
c.traps[FloatOperation] = True
tests = [lambda: D(1.5), lambda: D(1) < 1.5, lambda: D(1) == 1.5, lambda: D('snan') < 1,
         lambda: c.create_decimal(' 1'), lambda: c.create_decimal_from_float(0.5)]
for t in tests:
    try:
        print(repr(t()))
    except DecimalException as e:
        print(type(e).__name__, e)
c.traps[FloatOperation] = False
c.capitals = 0
print(D('1e10'), D('1e-10'), format(D('1e10'), 'g'))
c.capitals = 1
print(D('1.5') + D('-1.5'), D('-1.5') + D('1.5'), D('-0') + D('-0'), D('0') - D('0'), D('-0') * 5, D(-5) * 0)
print(D('12.5').to_eng_string(), D('0.00001234').to_eng_string(), D('1.23e-11').to_eng_string(), D('-0E+4').to_eng_string())
print(D('1.999999999999999999999999999999'), +D('1.999999999999999999999999999999'), D('1.99999999999999999999999999999') + 0)
print(D(1) / D(3) * 3, D(2) ** D('-0.5'), D('0.1') ** 5, D('1e-5') ** D('0.5'))
with localcontext(rounding=ROUND_FLOOR):
    print(D('1.5') - D('1.5'), D(3) + D(-3))

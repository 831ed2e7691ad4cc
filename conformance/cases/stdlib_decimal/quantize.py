from decimal import *
D = Decimal
print(D('7.325').quantize(D('0.01')), D('7.325').quantize(D('.01'), rounding=ROUND_UP))
print(D(1).quantize(D('0.001')), D('1.23456').quantize(D('1e-2')), D('123').quantize(D('1e1')))
print(D('9.999').quantize(D('0.01')), D('-0.005').quantize(D('0.01')), D('0').quantize(D('1e-5')))
print(D('2.675').quantize(D('0.01'), ROUND_HALF_UP), D('2.665').quantize(D('0.01'), ROUND_HALF_EVEN))
print(D('1.5').same_quantum(D('2.7')), D('1.5').same_quantum(D('2')))
print(D('2.5').to_integral_value(), D('3.5').to_integral_value(), D('-2.7').to_integral_value(ROUND_DOWN))
print(D('1e3').to_integral_value(), D('12.9').to_integral(rounding=ROUND_FLOOR))
ctx = getcontext()
ctx.clear_flags()
print(D('1.2345').quantize(D('0.01')), ctx.flags[Inexact], ctx.flags[Rounded])
ctx.clear_flags()
print(D('1.20').quantize(D('0.1')), ctx.flags[Inexact], ctx.flags[Rounded])

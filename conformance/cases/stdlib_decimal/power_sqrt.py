from decimal import Decimal as D, getcontext
print(D(2) ** 10, D(2) ** -2, D('1.1') ** 2, D(-2) ** 3, D('-1.5') ** 2, D(10) ** -3)
print(D(2) ** 100, D(3) ** -5, D('1.0001') ** 10000, D('0.5') ** 3, 2 ** D(8))
print(D(2) ** D('0.5'), D(7) ** D('1.5'), D('1.0') ** 2, D(1) ** 0, D(5) ** D('2.0'))
print(D(2).sqrt(), D(16).sqrt(), D('1.21').sqrt(), D('0.09').sqrt(), D(0).sqrt(), D(100).sqrt())
getcontext().prec = 10
print(D(2).sqrt(), D(3) ** D('0.5'), D(2) ** 64)

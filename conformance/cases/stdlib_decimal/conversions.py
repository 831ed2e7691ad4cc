import math
from decimal import Decimal as D
print(int(D('-3.7')), int(D('1e20')), int(D('9.99')), float(D('1.25')), float(D('0.1')))
print(float(D('nan')), float(D('-inf')), float(D('1e400')), float(D('1e-400')))
print(round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('2.675'), 2), round(D('123.456'), -1))
print(round(D('0.125'), 2), type(round(D('1.5'))).__name__, type(round(D('1.5'), 1)).__name__)
print(math.floor(D('3.7')), math.ceil(D('-3.2')), math.trunc(D('-3.9')), math.floor(D('-0.5')))
print(str(D('1.50')), '%s' % D('2.0'), f'{D("3.25")}', f'{D("3.25")!r}')

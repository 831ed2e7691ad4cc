from decimal import Decimal as D
print(D(1) < 2, D(1) == 1.0, D('0.1') == 0.1, D(1) != 2, D('1.5') > 1.2, D(1) >= 1)
print(D('1.0') == D('1.00'), D('NaN') == D('NaN'), D('NaN') != D('NaN'), D('-0') == D('0'))
print(sorted([D(3), D('1.5'), 2, D(-1), D('-inf'), D('1e2')]), max(D(1), D(2)), min(D(1), 0))
print(D(3).max(D(5)), D(3).min(-2), D('-5').max(D('-5.0')), D('5').min(D('5.0')))
print(D(1).compare(2), D(2).compare(D('2.0')), D(3).compare(1), D('1.0').compare_total(D('1')))
print(D(1) == 'a', D(1) == None, D('inf') > 10 ** 100, D('-inf') < -1e308)
print(D('1.5').max_mag(D('-2')), D('1.5').min_mag(D('-2')))

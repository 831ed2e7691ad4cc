from decimal import Decimal as D
print(hash(D(1)), hash(D(0)), hash(D(-1)), hash(D(-2)), hash(D('inf')), hash(D('-inf')))
print(hash(D('0.5')) == hash(0.5), hash(D('1.10')) == hash(D('1.1')), hash(D('123.456')) == hash(123.456))
print(hash(D(10 ** 30)) == hash(10 ** 30), hash(D('-2.5')) == hash(-2.5), hash(D('1e20')) == hash(10 ** 20))
print(hash(D('0.1')), hash(D('12345.6789')), hash(D('-1e-30')))
d = {D('1.0'): 'a', 2: 'b'}
print(d[1], d[D('2.00')], D(3) in {3, 4}, len({D('1'), D('1.0'), 1, 1.0}))

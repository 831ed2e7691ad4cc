from decimal import Decimal
print(repr(Decimal()), Decimal(0), Decimal(-42), Decimal(10 ** 40), Decimal(True))
print(Decimal(0.1))
print(Decimal(1.5), Decimal(-0.0), Decimal(float('inf')), Decimal(float('nan')))
print(Decimal.from_float(0.25), Decimal.from_float(3), Decimal(2.0 ** -10))
print(Decimal((0, (1, 2, 3), -2)), Decimal((1, (0, 0, 4), 3)), Decimal((0, (), 0)))
print(Decimal((1, (), 'F')), Decimal((0, (1, 2), 'n')), Decimal([0, [5], -1]))
print(Decimal(Decimal('3.14')), Decimal('3.14').as_tuple().digits, Decimal('-3').as_tuple().sign)
print(Decimal('7.50').as_integer_ratio(), Decimal('-0.125').as_integer_ratio())

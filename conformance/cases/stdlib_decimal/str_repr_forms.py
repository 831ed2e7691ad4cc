from decimal import Decimal
values = [(1, 0), (1, 2), (1, -2), (123, -1), (123, -8), (123, 3), (0, 5), (0, -7),
          (5, -6), (5, -7), (12345, -10), (10, 1), (1, 6)]
for coeff, exp in values:
    d = Decimal((0, tuple(int(c) for c in str(coeff)), exp))
    print(d, repr(d), d.to_eng_string(), d.adjusted())
print(Decimal('-0.00'), Decimal('1.000'), Decimal('100').normalize(), Decimal('1.2300').normalize())
print(Decimal('0.00').normalize(), Decimal('-5E+3').normalize(), Decimal('123.45e10').to_eng_string())
print(str(Decimal('1e-7')), str(Decimal('1.5e-6')), str(Decimal('12e5')))

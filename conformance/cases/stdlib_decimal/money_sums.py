from decimal import Decimal
prices = ['19.99', '5.01', '0.10', '100.00', '3.333']
total = sum(Decimal(p) for p in prices)
print(total, repr(total))
print(sum([Decimal('0.10')] * 10), sum([0.1] * 10))
print(Decimal('1.30') + Decimal('1.20'), Decimal('1.1') + 1, 2 + Decimal('0.5'))
cents = Decimal(0)
for i in range(1, 200):
    cents += Decimal(i) / 100
print(cents)
print((Decimal('19.99') * 3).quantize(Decimal('0.01')))
tax = Decimal('0.0825')
print((Decimal('49.95') * tax).quantize(Decimal('.01')))

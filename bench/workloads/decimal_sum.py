# decimal: sums of N money values (cents as Decimal), totals quantized.
from decimal import Decimal
cent = Decimal('0.01')
total = Decimal(0)
taxed = Decimal(0)
rate = Decimal('1.0825')
for i in range(N):
    price = Decimal(i % 100000) * cent
    total += price
    if i % 10 == 0:
        taxed += (price * rate).quantize(cent)
print(total, taxed)

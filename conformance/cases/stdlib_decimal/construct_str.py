from decimal import Decimal
for text in ['0', '-0', '1.10', '1E+2', '1e2', '-1.5e-3', '.5', '5.', '+7', ' 12 ',
             '1_000_000', '1_2.3_4', 'NaN', '-nan', 'nan123', 'sNaN', 'Infinity',
             '-inf', 'INF', '0E-10', '0.000', '1e-7', '0.000001', '123456789e20',
             '12345678901234567890123456789012345']:
    d = Decimal(text)
    print(repr(text), repr(d), str(d), d.as_tuple())

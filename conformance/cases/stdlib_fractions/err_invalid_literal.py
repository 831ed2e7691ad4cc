from fractions import Fraction
for s in ['', 'x', '1/', '/2', '1._5', '1__0', '_1', '1_', '1/2e3', '1.5/2', '1e', '.', '-', '3/ 4', '0x10']:
    try:
        print(Fraction(s))
    except ValueError as e:
        print(type(e).__name__, e)

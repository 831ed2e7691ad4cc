from fractions import Fraction
for s in ['3/4', ' -3/4 ', '1.5', '.5', '1.', '1e5', '1.5e-3', '+.5E+1', '1_000/3', '1.5_0', '\t2\n', '-0', '007']:
    print(repr(s), repr(Fraction(s)))

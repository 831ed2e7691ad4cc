from fractions import Fraction
print(Fraction(3, 4), Fraction(6, -8), repr(Fraction(-10, -4)), Fraction(7), Fraction())
print(Fraction(0.1), Fraction(-2.5), Fraction(1e-300).denominator.bit_length())
print(Fraction(Fraction(1, 3)), Fraction(Fraction(1, 2), Fraction(1, 3)), Fraction(True))
print(Fraction.from_float(0.25), Fraction.from_float(3), Fraction(2**100, 6))
f = Fraction(22, 7)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag, f.conjugate())

from fractions import Fraction
for bound in (0, -3):
    try:
        print(Fraction(1, 3).limit_denominator(bound))
    except ValueError as e:
        print(type(e).__name__, e)
print(Fraction(1, 3).limit_denominator(1), Fraction(2, 3).limit_denominator(1))

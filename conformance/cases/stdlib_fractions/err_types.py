from fractions import Fraction
tests = [
    lambda: Fraction([1]),
    lambda: Fraction(1.5, 2),
    lambda: Fraction(1, 'x'),
    lambda: Fraction(1, 2) + 'x',
    lambda: Fraction(1, 2) - [1],
    lambda: Fraction(1) < 'a',
    lambda: Fraction.from_float('x'),
    lambda: Fraction(float('nan')),
    lambda: Fraction(float('inf')),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

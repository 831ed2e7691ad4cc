from fractions import Fraction as F
tests = [
    lambda: F(1, 0),
    lambda: F(-5, 0),
    lambda: F(1, 2) / 0,
    lambda: F(1, 2) / F(0),
    lambda: F(1, 2) // 0,
    lambda: F(1, 2) % 0,
    lambda: F(0) ** -1,
    lambda: 1 / F(0),
    lambda: F('3/0'),
]
for t in tests:
    try:
        print(t())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

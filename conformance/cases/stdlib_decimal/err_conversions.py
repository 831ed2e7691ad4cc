from decimal import *
D = Decimal
tests = [
    lambda: int(D('nan')),
    lambda: int(D('inf')),
    lambda: round(D('nan')),
    lambda: round(D('-inf')),
    lambda: float(D('snan')),
    lambda: D('nan').as_integer_ratio(),
    lambda: D('inf').as_integer_ratio(),
    lambda: format(D(1), '.f'),
    lambda: format(D(1), 'x'),
    lambda: format(D(1), '_'),
]
for t in tests:
    try:
        print(repr(t()))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)

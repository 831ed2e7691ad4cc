from decimal import *
D = Decimal
tests = [
    lambda: D(1) + 1.5,
    lambda: 1.5 + D(1),
    lambda: D(1) * 1.0,
    lambda: D(2) ** 0.5,
    lambda: D(1) - 'a',
    lambda: D(1) + None,
    lambda: [1] + D(1),
    lambda: 'a' * D(2),
    lambda: D(1) < 'a',
    lambda: D(1) < [],
    lambda: D({}),
    lambda: D([1]),
    lambda: D((0, (1, 2), 'x')),
    lambda: D((2, (1,), 0)),
    lambda: D((0, (1, 12), 0)),
    lambda: hash(D('snan')),
    lambda: D(1).quantize(1, 'bad'),
    lambda: D(1).to_integral_value(rounding='x'),
    lambda: D(1).compare('x'),
    lambda: round(D('1.5'), 2.0),
]
for t in tests:
    try:
        print(repr(t()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# repr/str of many floats: compare `corral float_repr.py` with `python3 float_repr.py`.
vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.3, 1e16, 1e15, 1e-4, 1e-5, 123456789012345.0,
        1.2345678901234567e+19, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
        1e22, 1e23, 9007199254740993.0, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e100,
        float('inf'), float('-inf'), float('nan')]
x = 0.5
for i in range(3000):
    x = x * 3.7315 + 0.0173
    if x > 1e300:
        x = x / 1e297
    vals.append(x)
    vals.append(-1.0 / x)
    vals.append(x * 2.0 ** (i % 200 - 100))
for k in range(-330, 310, 7):
    vals.append(10.0 ** k if -308 < k < 308 else 0.0)
    vals.append(2.0 ** (k * 3 % 2000 - 1000))
for v in vals:
    print(repr(v), str(v), v == float(repr(v)) or v != v)

# Infinities and NaNs follow CPython's special-value tables.
import cmath
inf = float('inf')
nan = float('nan')
parts = [-inf, -2.3, 0.0, 2.3, inf, nan]
for name in ['sqrt', 'exp', 'log', 'acos', 'asin', 'atan', 'cos', 'sin', 'tan',
             'acosh', 'asinh', 'atanh', 'cosh', 'sinh', 'tanh']:
    f = getattr(cmath, name)
    for a in parts:
        for b in parts:
            if abs(a) != inf and abs(b) != inf and a == a and b == b:
                continue
            try:
                r = f(complex(a, b))
                print(name, a, b, r.real, r.imag)
            except ValueError as e:
                print(name, a, b, 'ValueError', e)

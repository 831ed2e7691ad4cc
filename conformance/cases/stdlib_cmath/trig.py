# The circular functions and their inverses.
import cmath
values = [0, 1, -1, 0.5, 2.5, 1j, -1j, 1+1j, -2-3j, 0.5-0.25j, 3+4j, 1e-8+2j, 10-10j, 1e200j, 1e-300]
for name in ['sin', 'cos', 'tan', 'asin', 'acos', 'atan']:
    f = getattr(cmath, name)
    for v in values:
        try:
            print(name, v, f(v))
        except Exception as e:
            print(name, v, type(e).__name__, e)

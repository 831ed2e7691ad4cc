# The hyperbolic functions and their inverses, including large arguments.
import cmath
values = [0, 1, -1, 0.5, 2.5, 1j, -1j, 1+1j, -2-3j, 0.5-0.25j, 710+1j, -710-2j, 1e-8+2j, 1e200, 1e-300j, 1+1e-200j]
for name in ['sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']:
    f = getattr(cmath, name)
    for v in values:
        try:
            print(name, v, f(v))
        except Exception as e:
            print(name, v, type(e).__name__, e)

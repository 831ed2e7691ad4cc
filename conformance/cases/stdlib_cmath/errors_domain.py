# "math domain error" and "math range error" where CPython raises them.
import cmath
inf = float('inf')
cases = [
    ('log', (0,)), ('log', (0j,)), ('log10', (0,)), ('log', (2, 1)), ('log', (1 + 1j, 0)),
    ('atanh', (1,)), ('atanh', (-1,)), ('exp', (1000,)), ('exp', (800 + 1j,)),
    ('cosh', (1000,)), ('sinh', (-1000 + 2j,)), ('cos', (1000j,)), ('sin', (1 + 1000j,)),
    ('rect', (1, inf)), ('rect', (-2, -inf)), ('exp', (complex(1, inf),)),
    ('cosh', (complex(1, inf),)), ('tanh', (complex(2, inf),)),
]
for name, args in cases:
    try:
        print(name, args, getattr(cmath, name)(*args))
    except (ValueError, OverflowError) as e:
        print(name, args, type(e).__name__, e)
print(cmath.log(0, 2))

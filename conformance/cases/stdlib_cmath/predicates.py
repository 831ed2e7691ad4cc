# isfinite, isinf, isnan and isclose.
import cmath
inf = float('inf')
nan = float('nan')
for v in [1, 1.5, 1j, complex(inf, 0), complex(0, -inf), complex(nan, 1), complex(inf, nan), 2+3j]:
    print(v, cmath.isfinite(v), cmath.isinf(v), cmath.isnan(v))
print(cmath.isclose(1j, 1j + 1e-10), cmath.isclose(1j, 1j + 1e-8))
print(cmath.isclose(1+1j, 1.1+1j, rel_tol=0.1), cmath.isclose(1+1j, 1.2+1j, rel_tol=0.1))
print(cmath.isclose(0, 1e-12j), cmath.isclose(0, 1e-12j, abs_tol=1e-11))
print(cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(complex(inf, 0), 1e308))
print(cmath.isclose(complex(nan, 0), complex(nan, 0)), cmath.isclose(a=2, b=2.0))

# cmath's constants and their types.
import cmath
print(cmath.pi, cmath.e, cmath.tau)
print(cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(type(cmath.pi).__name__, type(cmath.infj).__name__, type(cmath.nanj).__name__)
print(cmath.infj.real, cmath.infj.imag, cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj))

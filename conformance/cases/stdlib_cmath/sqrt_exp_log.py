# sqrt, exp, log and log10 on ordinary values, bit for bit.
import cmath
values = [0, 1, -1, 2.5, -4, 1j, -1j, 1+1j, -2-3j, 0.5-0.25j, 3+4j, 1e-310+1e-310j, 1e300+1e300j, -1e308, 1e-20j]
for v in values:
    print(v, cmath.sqrt(v), cmath.exp(v) if abs(v) < 700 else '-')
for v in values[1:]:
    print(v, cmath.log(v), cmath.log10(v))
for z, base in [(8, 2), (100, 10), (1j, 1j), (-1, -1j), (1+1j, 3), (0.5, 0.25+1j)]:
    print(z, base, cmath.log(z, base))

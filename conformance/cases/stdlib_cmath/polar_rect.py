# phase, polar and rect, and their round trip.
import cmath
for v in [1, -1, 1j, -1j, 1+1j, -3+4j, 0, -0.0, 2.5, -2-1e-300j]:
    print(v, cmath.phase(v), cmath.polar(v))
for r, phi in [(1, 0), (2, cmath.pi / 2), (1.5, -1), (0, 3), (-2, 0.5), (3, cmath.pi)]:
    print(r, phi, cmath.rect(r, phi))
z = 3 - 4j
r, phi = cmath.polar(z)
print(r, phi, cmath.rect(r, phi), cmath.isclose(cmath.rect(r, phi), z))
print(cmath.polar(1e308 + 1e308j))

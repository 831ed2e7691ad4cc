# Wrong argument types and counts.
import cmath
tries = [
    lambda: cmath.sqrt('a'), lambda: cmath.acos(None), lambda: cmath.phase([1]),
    lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.sqrt(x=1),
    lambda: cmath.rect(1), lambda: cmath.rect(1, 2, 3), lambda: cmath.rect(1j, 2),
    lambda: cmath.log(), lambda: cmath.log(1, 2, 3), lambda: cmath.log('x'),
    lambda: cmath.isclose(1, 2, 3), lambda: cmath.isclose(1, 2, rel_tol=-1),
    lambda: cmath.isclose(1, 2, abs_tol=-0.5), lambda: cmath.polar('s'),
]
for t in tries:
    try:
        print(t())
    except TypeError as e:
        print('TypeError', e)
    except ValueError as e:
        print('ValueError', e)

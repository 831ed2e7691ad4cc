import math
tests = [
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1.5), lambda: math.log(1, 1),
    lambda: math.log(), lambda: math.exp(1000), lambda: math.pow(0, -1), lambda: math.pow(-8, 1 / 3),
    lambda: math.acos(2), lambda: math.atanh(1), lambda: math.cosh(1000), lambda: math.gamma(0),
    lambda: math.gamma(200), lambda: math.lgamma(-2), lambda: math.fmod(1, 0), lambda: math.remainder(math.inf, 1),
    lambda: math.ldexp(1.0, 1.5), lambda: math.ldexp(1.0, 10 ** 30), lambda: math.isclose(1, 2, rel_tol=-1),
    lambda: math.isclose(1, 2, 3), lambda: math.dist((1,), (2, 3)), lambda: math.fsum([1e308, 1e308]),
    lambda: math.prod([1], 2), lambda: math.prod([1], x=2), lambda: math.hypot(1, x=2), lambda: math.ceil(math.inf),
    lambda: math.floor(math.nan), lambda: math.sqrt(10 ** 400), lambda: math.comb(10 ** 20, 10 ** 19),
    lambda: math.factorial(2 ** 63), lambda: math.copysign(1), lambda: math.frexp(1, 2), lambda: math.gcd(1, "a"),
    lambda: math.sin(math.inf), lambda: math.trunc("a"), lambda: math.perm(-1), lambda: math.perm(3, -1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

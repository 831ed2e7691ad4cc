import math
print([math.isqrt(n) for n in range(20)])
print(math.isqrt(10 ** 100), math.isqrt(2 ** 200 - 1), math.isqrt(2 ** 200))
print(math.isqrt(99), math.isqrt(True), math.isqrt(10 ** 40 + 5))
for n in [2 ** 52 - 1, 2 ** 52, 2 ** 53 + 1, 10 ** 30]:
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))

import math
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5))
print(math.gcd(12, 18, 27), math.gcd(2 ** 100, 2 ** 60 * 3), math.gcd(10 ** 40 + 1, 10 ** 20 + 1))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(4, 6, -10), math.lcm(0, 5), math.lcm(2 ** 40, 3 ** 30))
print(math.gcd(True, 4), math.lcm(True, 7))

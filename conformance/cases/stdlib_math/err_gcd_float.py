import math
print(math.gcd(10, 4))
math.gcd(10, 4.0)

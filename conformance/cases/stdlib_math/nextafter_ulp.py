import math
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(0.0, -1.0))
print(math.nextafter(1.0, 1.0), math.nextafter(math.inf, 0), math.nextafter(1e308 * 10, -math.inf))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(-1e308), math.ulp(2 ** 52), math.ulp(math.inf), math.ulp(1e-320))

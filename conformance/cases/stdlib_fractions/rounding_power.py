from fractions import Fraction as F
import math
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3)))
print(round(F(12345, 1000), 2), round(F(12345, 1), -2), round(F(-1, 8), 2))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), float(F(1, 3)))
print(F(2, 3) ** 3, F(2, 3) ** -2, F(-2, 3) ** -3, F(4) ** F(1, 2), F(1, 4) ** 0.5)
print(2 ** F(3), 2 ** F(-1), 2 ** F(1, 2), 2.0 ** F(2), F(9, 4) ** F(3, 2))

from fractions import Fraction as F
a, b = F(1, 3), F(2, 5)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % a, divmod(7, a))
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, a % 0.25)
print(a * 1j, 1j * a, -a, +a, abs(F(-1, 2)))
print(sum(F(1, n) for n in range(1, 11)), F(-7, 2) // 2, F(-7, 2) % 2)

x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 3 <= x <= 5 < 6)
print(x != 5, not x, -x, +x, abs(-x))

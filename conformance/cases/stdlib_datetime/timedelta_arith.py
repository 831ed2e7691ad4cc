from datetime import timedelta
a = timedelta(days=3, hours=4)
b = timedelta(hours=7)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 3, 3 * a)
print(a / b, a // b, a % b, divmod(a, b), a // 4)
print(a > b, a == timedelta(hours=76), a != b, b <= a, bool(timedelta(0)), bool(b))
print(a == 5, hash(a) == hash(timedelta(hours=76)), sorted([a, b, -b]))

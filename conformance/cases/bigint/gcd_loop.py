def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(2 ** 120 * 3 ** 5, 6 ** 60))
print(gcd(12345678901234567890, 98765432109876543210))

print(abs(-5), abs(3.5), abs(-0.0), abs(3 + 4j), divmod(9, 4), divmod(-9, 4), divmod(9.5, 2))
print(round(3.14159, 2), round(-0.5), round(1.5), round(2.5), round(123.456, -1), round(5))
print(pow(2, 10), pow(2, -1), pow(2, 100, 1000), pow(2.0, 3), pow(-2, 3))

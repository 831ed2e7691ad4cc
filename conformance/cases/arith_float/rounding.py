print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.23456, 3), round(-1.5), round(1e20, -19))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))

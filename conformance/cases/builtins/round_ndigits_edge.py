print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.0005, 3), round(-0.0), round(0.5 + 1e-16))
print(round(123.456, -2), round(-123.456, -1), round(5e-324, 300), round(1e300, 2), round(7, 2), type(round(7.0, None)).__name__)
print(round(float("nan")))

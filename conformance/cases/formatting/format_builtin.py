print(format(42), format(42, "05d"), format(3.5, "e"), format("s", ">4"), format(255, "x"), format(0.123, ".1%"))
print(format(1234.5, ","), format(-12, "+"), format(10, "b"), format(True, "d"), format(2 ** 70, ","))
print(format(float("inf"), ".2f"), format(float("nan"), "f"), format(-0.0, ".1f"), format(1e-10, "g"))

x = 1234.5678
print(str(x), repr(x), "%.2f" % x, "%e" % x, "%g" % x, format(x, ".3g"))
print(f"{x:10.1f}|{x:<12.3f}|{x:+.0f}|{x:,.2f}")
print(format(1e100, "g"), format(0.0001234, "g"), format(123456789.0, "g"))

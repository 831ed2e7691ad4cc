print(format(3), format("x"), format(3.0), format(12345.6789, ",.2f"), format(0.5, ".0%"), format(255, "#010x"))
print(format(-3, "b"), format(97, "c"), format(1e-7), format(1e16), format(True), format(None))

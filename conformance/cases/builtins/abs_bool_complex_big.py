print(abs(True), abs(-False), abs(-(2 ** 100)), abs(-1e-320), abs(complex(-3, -4)), abs(-0.0) == 0.0)

print(pow(0, 0), pow(0.0, 0), pow(-1, 0.5).real < 1e-15, pow(2, 0.5), pow(-8, 1 / 3).imag > 0, pow(10, -2))
print(pow(5, 3, -7), pow(-5, 3, 7), pow(2, 1000, 1), 0 ** 0)
print(pow(0, -1))

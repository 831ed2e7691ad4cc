print(divmod(-7.5, 2), divmod(7.5, -2), divmod(-0.0, 1), divmod(1e300, 1e-300)[1] < 1e-300, divmod(5, 2.5))
print(7.5 // -2, -7.5 % 2, 1e16 % 3, -1e-20 % 1.0)

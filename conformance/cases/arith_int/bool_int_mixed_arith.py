print(True + 1, True * 2.5, 5 - False, True ** 10, 10 // True, divmod(True, 1), -True, True << 3, True & 3, True | 2)
print(5 % False)

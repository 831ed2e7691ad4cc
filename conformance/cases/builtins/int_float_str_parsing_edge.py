print(int("0_0"), int("+5"), int("\t\n7\n"), float("1_000.5"), float(".5"), float("5."), float("-.5e1"), float("infinity"), float("NaN") != 0)
print(int("١٢٣"), float("１.５"))
print(int("1__0"))

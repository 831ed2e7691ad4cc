print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~True)
print(True == 1, False == 0, True is True, isinstance(True, int), type(True).__name__)
print(int(True), str(False), repr(True), bool(0), bool(-1), bool(""), bool("0"), bool([]), bool([0]))

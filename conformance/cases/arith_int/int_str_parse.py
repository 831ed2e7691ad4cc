print(int("42"), int("  -17  "), int("0x1f", 16), int("1_000"), int("z", 36), int("0b101", 0))
print(int(3.99), int(-3.99), int(True))
print(int("12abc"))

print(int("101", 2), int("777", 8), int("ff", 16), int("Z", 36), int("0o17", 0), int("0xAb", 0), int(" 12 "), int("-0"))
print(hex(255), hex(-255), oct(64), bin(10), bin(-3), hex(2 ** 64), oct(0), bin(0))
print(int("0b2", 0))

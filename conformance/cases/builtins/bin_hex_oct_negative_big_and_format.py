for n in [0, 1, -1, 255, -256, 2 ** 40, -(2 ** 65)]:
    print(bin(n), oct(n), hex(n), f"{n:#b}", f"{n:x}", format(n, "o"))
hex(1.5)

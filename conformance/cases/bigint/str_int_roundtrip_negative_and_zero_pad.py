for n in [0, -1, 10 ** 18, -(10 ** 19) + 1, 2 ** 63, -(2 ** 63), 2 ** 64 - 1]:
    print(n, hex(n), int(str(n)) == n, f"{n:,}", n.bit_length(), f"{n:025d}")

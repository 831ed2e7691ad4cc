a = 1 << 100
print(a, a >> 99, a | 1, a & (a - 1), a ^ (a >> 1), ~a)
print((-a) >> 3, (-a) & 0xffff, bin(a)[:10], hex(a))
print((a - 1).bit_length(), a.bit_length())

a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-1 >> 5, -16 >> 2, 1 << 70)
print(bin(a & b), hex(255), oct(8))

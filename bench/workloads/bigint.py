# Big integers: factorial, pow, division, modular pow and conversion to text
# (kept under CPython's 4300-digit str() limit).
f = 1
for i in range(2, N + 1):
    f *= i
p = pow(3, N * 5)
q = p // (f % 1000000007 + 1)
m = pow(7, N * 3, 1000000007)
low = 10 ** 4000
text = str(f % low) + str(p % low)
mixed = 0
for i in range(N):
    mixed = (mixed * 12345678901234567 + i) % (p + 1)
print(len(text), q % 1000003, m, f.bit_length() + (f ^ p).bit_length() % 1000, mixed % 1000003)

z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), z * 1j, (1 + 2j) + (3 - 1j))
print(complex(1, 2), complex("1+2j"), 1j ** 2)

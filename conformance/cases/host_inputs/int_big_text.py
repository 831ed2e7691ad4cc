# corral: inputs big=123456789012345678901234567890123 neg=-98765432109876543210
print(big)
print(big + 1)
print(big % 97, big.bit_length())
print(neg, neg * 2, big + neg)
print(type(big).__name__)

n = 10 ** 5000
print(n.bit_length())
print(len(str(n)))

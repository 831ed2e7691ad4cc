ba = bytearray(2)
ba[0] = 255
print(ba)
ba[1] = -1

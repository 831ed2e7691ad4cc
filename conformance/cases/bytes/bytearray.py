ba = bytearray(b"abc")
ba.append(100)
ba[0] = 65
ba.extend(b"ef")
del ba[1]
print(ba, len(ba), bytes(ba), ba.decode(), ba.pop(), ba)
ba += b"!"
print(ba, ba[::-1], bytearray(3), bytearray([1, 2]).hex())

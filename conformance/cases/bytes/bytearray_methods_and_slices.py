ba = bytearray(b"abcdef")
ba[1:3] = b"XYZ"
print(ba)
ba.insert(0, 48)
ba.remove(ord("Z"))
ba.reverse()
print(ba, ba.count(b"X"), ba.find(b"c"), ba.upper(), bytes(ba[::2]))
del ba[::2]
print(ba, len(ba))
ba.remove(ord("q"))

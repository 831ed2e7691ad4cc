data = b"\x00\x10\x7f\x80\xff"
print([b for b in data], list(map(hex, data)), data[::-1].hex(), sum(data), bytes(x ^ 0xff for x in data))
print(str(data), repr(bytearray(data)), data.decode("latin-1"), len(data.decode("latin-1")))
print(data.decode("ascii"))

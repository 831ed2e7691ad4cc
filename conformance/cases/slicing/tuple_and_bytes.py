t = tuple(range(8))
b = b"abcdef"
print(t[::2], t[-2:], b[1:4], b[::-1], bytearray(b"xyz")[1:], type(b[1:3]).__name__)

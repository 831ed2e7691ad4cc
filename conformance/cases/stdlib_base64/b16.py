import base64
print(base64.b16encode(b'\x00\x01\xab\xff'), base64.b16decode('0001ABFF'), base64.b16decode(b'abcd', casefold=True))
print(base64.b16encode(b''), base64.b16decode(''), base64.b16encode(bytearray(b'Zz')))

import binascii
for data in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(10))]:
    print(binascii.b2a_base64(data), binascii.b2a_base64(data, newline=False))

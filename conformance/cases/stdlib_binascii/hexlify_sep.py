import binascii
print(binascii.hexlify(b'\x00\xffabc'), binascii.b2a_hex(bytearray(b'xyz')))
print(binascii.hexlify(b'abc', '-'), binascii.hexlify(b'abcdef', b':', 2), binascii.hexlify(b'abcde', ':', 2))
print(binascii.hexlify(b'abcde', ':', -2), binascii.hexlify(b'', ':'), binascii.hexlify(b'a', ' ', 3))

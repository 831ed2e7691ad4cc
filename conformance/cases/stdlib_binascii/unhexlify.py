import binascii
print(binascii.unhexlify(b'48656c6c6f'), binascii.unhexlify('DEADbeef'), binascii.a2b_hex(''))
print(binascii.a2b_hex(bytearray(b'00ff')))

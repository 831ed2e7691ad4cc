import binascii
print(binascii.a2b_base64(b'aGVsbG8=', strict_mode=True), binascii.a2b_base64(b'abcd', strict_mode=True))
print(binascii.a2b_base64(b'abcd=', strict_mode=True), binascii.a2b_base64(b'aGk=', strict_mode=False))

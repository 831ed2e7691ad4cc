import binascii
for s in [b'abc', b'zz', 'g0', b'0x12']:
    try:
        print(binascii.unhexlify(s))
    except binascii.Error as e:
        print(type(e).__name__, e, isinstance(e, ValueError))

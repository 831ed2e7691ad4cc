import binascii
tests = [
    lambda: binascii.hexlify('ab'),
    lambda: binascii.unhexlify('\u00e9\u00e9'),
    lambda: binascii.unhexlify(1),
    lambda: binascii.a2b_base64(None),
    lambda: binascii.b2a_base64('x'),
    lambda: binascii.crc32('x'),
    lambda: binascii.hexlify(b'ab', '::'),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

import binascii
for s in [b'abc', b'a', b'abcde', b'ab=', b'aGVsbG8']:
    try:
        print(binascii.a2b_base64(s))
    except binascii.Error as e:
        print(type(e).__name__, e)

import binascii
for s in [b'ab=c', b'=abc', b'ab!d', b'aGk=aGk=', b'aGk=\n']:
    try:
        print(binascii.a2b_base64(s, strict_mode=True))
    except binascii.Error as e:
        print(type(e).__name__, e)

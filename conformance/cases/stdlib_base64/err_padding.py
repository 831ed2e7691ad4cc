import base64, binascii
for s in ['abc', 'a', 'abcde', 'ab=']:
    try:
        print(base64.b64decode(s))
    except binascii.Error as e:
        print(type(e).__name__, e, isinstance(e, ValueError))

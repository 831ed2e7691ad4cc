import base64, binascii
for s in ['ab!c', '=abc', 'ab=c', 'aGk=aGk=', 'aGk=\n']:
    try:
        print(base64.b64decode(s, validate=True))
    except binascii.Error as e:
        print(type(e).__name__, e)

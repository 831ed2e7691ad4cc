import base64, binascii
tests = [
    lambda: base64.b16decode('ab'),
    lambda: base64.b16decode('A'),
    lambda: base64.b16decode('GG'),
    lambda: base64.b64encode('text'),
    lambda: base64.b64decode(3),
    lambda: base64.b64decode('\u00e9'),
    lambda: base64.b32encode('x'),
]
for t in tests:
    try:
        print(t())
    except (binascii.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)

import base64, binascii
for s in ['AAA', 'A1======', 'AA=====A', 'MZXW6===', 'mzxw6===', 'ABCDEFG=']:
    try:
        print(base64.b32decode(s))
    except binascii.Error as e:
        print(type(e).__name__, e)

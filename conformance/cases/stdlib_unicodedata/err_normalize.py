# normalize/is_normalized argument errors, and forms that are case-sensitive.
import unicodedata

for form in ('NFC', 'nfc', 'NFKD', 'NFD ', '', 'NFKC'):
    try:
        print(form, ascii(unicodedata.normalize(form, '\ufb01\u00e9')))
    except ValueError as e:
        print(repr(form), type(e).__name__, e)
for args in (('NFC', b'a'), ('NFC', None), (None, 'a')):
    for fn in (unicodedata.normalize, unicodedata.is_normalized):
        try:
            fn(*args)
        except TypeError as e:
            print(type(e).__name__, e)

# Value and key errors: no name, not a digit, unknown names, bad normalization form.
import unicodedata

attempts = [
    lambda: unicodedata.name('\x00'),
    lambda: unicodedata.name('\u0378'),
    lambda: unicodedata.decimal('a'),
    lambda: unicodedata.decimal('\u00bd'),
    lambda: unicodedata.digit('\u00bd'),
    lambda: unicodedata.numeric('x'),
    lambda: unicodedata.lookup('NO SUCH CHARACTER'),
    lambda: unicodedata.lookup('HANGUL SYLLABLE XYZ'),
    lambda: unicodedata.lookup('CJK UNIFIED IDEOGRAPH-0041'),
    lambda: unicodedata.normalize('NFX', 'a'),
    lambda: unicodedata.is_normalized('nfc', 'a'),
]
for attempt in attempts:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)
for name in ['hangul syllable gag', 'CJK UNIFIED IDEOGRAPH-4e00', 'latin small letter sharp s']:
    try:
        print(ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print(type(e).__name__, e)

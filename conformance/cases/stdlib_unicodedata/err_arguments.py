# Type errors for non-character arguments.
import unicodedata

attempts = [
    lambda: unicodedata.category('ab'),
    lambda: unicodedata.category(65),
    lambda: unicodedata.name(''),
    lambda: unicodedata.combining(None),
    lambda: unicodedata.decimal(b'1'),
    lambda: unicodedata.normalize('NFC', 5),
    lambda: unicodedata.normalize(3, 'a'),
    lambda: unicodedata.lookup(5),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)

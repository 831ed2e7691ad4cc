# Defaults are returned instead of errors; without them the errors are raised.
import unicodedata

for c in 'x\u00bd\u2460\u0378':
    print(ascii(c), unicodedata.decimal(c, -1), unicodedata.digit(c, -1), unicodedata.numeric(c, -1.0))
    for fn in (unicodedata.decimal, unicodedata.digit, unicodedata.numeric):
        try:
            print(fn(c))
        except ValueError as e:
            print(fn.__name__, type(e).__name__, e)

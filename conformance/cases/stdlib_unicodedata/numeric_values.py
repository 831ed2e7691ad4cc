# decimal(), digit() and numeric() with and without defaults.
import unicodedata

for c in '07\u0663\u096f\uff19\u00b2\u2460\u00bd\u2153\u216b\u4e07\u0f33a':
    print(ascii(c), unicodedata.decimal(c, None), unicodedata.digit(c, None), unicodedata.numeric(c, None))

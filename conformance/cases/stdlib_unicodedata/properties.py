# combining(), bidirectional(), east_asian_width(), mirrored(), decomposition().
import unicodedata

for c in 'a1 (\u0301\u0327\u05d0\u0627\u4e00\uff21\uff71\u00e9\u00bd\ufb01\u2460\u00b2\u1e9b\uac00\u00a0\u222b':
    print(ascii(c), unicodedata.combining(c), unicodedata.bidirectional(c),
          unicodedata.east_asian_width(c), unicodedata.mirrored(c),
          repr(unicodedata.decomposition(c)))
print(unicodedata.unidata_version)

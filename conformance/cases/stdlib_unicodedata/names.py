# name() for named blocks, Hangul syllables and CJK ideographs; name() with a default.
import unicodedata

for c in 'aA !~\u00e9\u00df\u03b1\u0416\u2013\u20ac\u2192\u221e\u2500\u3042\uff21\ufb01\U0001f600\uac00\ud7a3\u4e00\U00020000':
    print(hex(ord(c)), unicodedata.name(c))
print(unicodedata.name('\x00', 'none'), unicodedata.name('\u0378', None))

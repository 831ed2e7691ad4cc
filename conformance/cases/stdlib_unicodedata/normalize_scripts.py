# Greek, Cyrillic and Hangul composition/decomposition; is_normalized.
import unicodedata

texts = ['\u03ac\u1f00\u1f85', '\u03b1\u0301', '\u0439\u0451', '\u0438\u0306', '\uac00\uac01\ud7a3',
         '\u1100\u1161\u11a8', '\u1100\u1161', '\u03d3', '\u0390']
for t in texts:
    forms = [unicodedata.normalize(f, t) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    print(ascii(t), [ascii(x) for x in forms],
          [unicodedata.is_normalized(f, t) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])

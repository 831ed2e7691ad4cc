# NFC/NFD/NFKC/NFKD on Latin text with accents, stacked marks and reordering.
import unicodedata

texts = ['caf\u00e9', 'cafe\u0301', '\u1e0b\u0323', 'd\u0307\u0323', 'A\u030a\u0327', '\u212b',
         '\u00c5\u0301', 'o\u0308\u0304', '\u01d5', 'e\u0302\u0323', 'plain ascii']
for t in texts:
    print(ascii(t), [ascii(unicodedata.normalize(f, t)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])

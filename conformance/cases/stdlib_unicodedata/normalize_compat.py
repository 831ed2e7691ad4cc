# Compatibility forms: ligatures, full-width, super/subscripts, fractions, circled, spaces.
import unicodedata

texts = ['\ufb01\ufb02\ufb00', '\uff28\uff45\uff4c\uff4c\uff4f\uff01', 'x\u00b2+y\u2083', '\u00bd\u2153',
         '\u2460\u2461', '\u00a0\u2003', '\u2126\u212a', '\u017f\u0307', '\u3300', '\u2167', '\u1e9b\u0323']
for t in texts:
    print(ascii(t), [ascii(unicodedata.normalize(f, t)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])

# category() over a spread of scripts and symbol classes.
import unicodedata

chars = 'aZ1 ,;(\u00e9\u0301\u00bd\u00b2\u2167\u03a9\u0436\u05d0\u0627\u4e00\uac00\u3042\uff21\u20ac\u2192\u2028\u200b\ud7ff\ue000\U0001f600\U0010ffff\x00\u0378'
print([unicodedata.category(c) for c in chars])
print([unicodedata.category(chr(cp)) for cp in range(0, 0x30000, 0x1111)])

# lookup() is case-insensitive and inverts name(), including algorithmic names.
import unicodedata

for name in ['LATIN SMALL LETTER A', 'latin capital letter e with acute', 'GREEK SMALL LETTER PI',
             'EURO SIGN', 'SNOWMAN', 'grinning face', 'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE HIH',
             'CJK UNIFIED IDEOGRAPH-4E00', 'FULLWIDTH LATIN CAPITAL LETTER A', 'LATIN SMALL LIGATURE FI']:
    c = unicodedata.lookup(name)
    print(ascii(c), unicodedata.name(c))

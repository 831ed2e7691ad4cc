s = "\N{BULLET} \N{GREEK SMALL LETTER ALPHA} \N{SNOWMAN}"
print(s, len(s), [hex(ord(c)) for c in s if c != " "])
print("\N{LATIN SMALL LETTER E WITH ACUTE}" == "\u00e9")

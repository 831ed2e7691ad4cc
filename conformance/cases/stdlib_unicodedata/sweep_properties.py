# Properties over a wide sample of code points (every 97th in the BMP and beyond).
import unicodedata

rows = []
for cp in range(0, 0x20000, 97):
    c = chr(cp)
    rows.append('%s%d%s%s%d' % (unicodedata.category(c), unicodedata.combining(c),
                                unicodedata.bidirectional(c), unicodedata.east_asian_width(c),
                                unicodedata.mirrored(c)))
print(len(rows), hash(tuple(rows)) == hash(tuple(rows)))
print(' '.join(rows[::40]))
decomps = [unicodedata.decomposition(chr(cp)) for cp in range(0xa0, 0x2000, 3)]
print(sum(1 for d in decomps if d), decomps[::50])

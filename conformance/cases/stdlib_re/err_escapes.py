import re
pats = [r'\x4', r'\u12', r'\U0011FFFF', r'[\x4]', r'\8', r'\08', r'\777', r'[\777]', r'\N', r'\N{', r'\N{NOPE}',
        'a\\', '\\', r'[\q]', r'\c', r'[\d-z]', '[z-a]', r'[a-\w]', '[', '[]', '[^]', r'[\x41-\x40]']
for p in pats:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.pos)

import re
pats = ['(?i', '(?z)', '(?i-:a)', '(?-i)', 'a(?i)b', '(?L)a', '(?au)a', '(?i-i:a)', '(?x-x)', '(?-a:b)',
        '(?i)(?m)a', 'a|(?i)b', '(?s-', '(?s-z:a)', '(?u)a', '(?a)b']
for p in pats:
    try:
        c = re.compile(p)
        print(repr(p), 'compiled', c.flags)
    except re.error as e:
        print(repr(p), '->', e, '|', e.pos)
for f in [lambda: re.compile('a', re.L), lambda: re.compile(b'a', re.U), lambda: re.compile('a', re.A | re.U),
          lambda: re.compile(b'(?u)a'), lambda: re.compile(re.compile('a'), re.I)]:
    try:
        f()
    except (ValueError, re.error) as e:
        print(type(e).__name__, e)

import re
pats = ['(abc', 'abc)', '*a', 'a**', '[abc', r'\q', '(?<x)', '(?P<a>x)(?P<a>y)', r'(a)\2', 'a{3,2}',
        '+a', 'a|*', 'x??+', '(?', '(?P', '(?Px)', '(?#abc', '^*', r'\b+', '(?=a)*']
for p in pats:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos)

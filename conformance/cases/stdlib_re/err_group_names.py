import re
pats = ['(?P<>a)', '(?P<1a>x)', '(?P<a', '(?P<a-b>x)', '(?P=b)', '(?P=', '(?P<a>a)(?P=a)', '(a)(?P=1)',
        '(?<a>x)', '(?P<a>(?P=a))', r'(a\1)', '(?(x)a)', '(?(0)a)', '(?(2)a)()', '(?(a)b|c|d)', '(?(1a)x)']
for p in pats:
    try:
        c = re.compile(p)
        print(repr(p), 'compiled', c.groups)
    except re.error as e:
        print(repr(p), '->', e, '|', e.pos)

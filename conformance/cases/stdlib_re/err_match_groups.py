import re
m = re.match('(a)(?P<n>b)', 'ab')
for g in [0, 1, 2, 3, 'n', 'x', -1, True, None, 'a']:
    try:
        print(repr(g), m.group(g), m.start(g), m.span(g))
    except IndexError as e:
        print(repr(g), 'IndexError', e)
for f in [lambda: m[5], lambda: m.group(1, 9), lambda: m.end('zz')]:
    try:
        f()
    except IndexError as e:
        print('IndexError', e)

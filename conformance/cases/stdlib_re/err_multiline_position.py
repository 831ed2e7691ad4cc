import re
for p in ['(?x)a #c\n)', 'ab\n)', 'a\nb\n(c', b'a\n)']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), '->', e, '|', e.pos, e.lineno, e.colno)
try:
    re.compile('x{4294967296}')
except OverflowError as e:
    print('OverflowError', e)
err = re.error('boom')
print(err, err.msg, err.pattern, err.pos, err.lineno, isinstance(err, Exception), re.error.__name__)

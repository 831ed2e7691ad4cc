import re
for t in [r'\2', r'\g<x>', r'\g<1', r'\q', r'\g', r'\g<>', r'\g<-1>', r'\g<a1->', '\\', r'\400', r'\g<3>']:
    try:
        print(repr(t), re.sub('(a)', t, 'a'))
    except re.error as e:
        print(repr(t), 'error', e, '|', e.pos)
    except IndexError as e:
        print(repr(t), 'IndexError', e)
m = re.match('(a)', 'a')
try:
    m.expand(r'\3')
except re.error as e:
    print('expand', e)

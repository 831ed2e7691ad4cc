import re
for p in ['(?<=a+)b', '(?<!a|bc)d', '(?<=a*)b', '(?<=a{2})b', '(?<=(a)\\1)b', '(?<=a|bc)d', '(?<=a{1,2})b', '(?<=\\w\\d)x']:
    try:
        c = re.compile(p)
        print(repr(p), 'compiled', c.search('zaabcd1x'))
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.pattern)

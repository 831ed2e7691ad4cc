import re
print(re.match('a+', 'aaab'))
print(re.match('b', 'ab'), re.search('b', 'ab'))
print(re.fullmatch('a|ab', 'ab'), re.fullmatch('a', 'ab'))
m = re.search(r'(\d+)-(\d+)', 'tel 123-456 x')
print(m.group(), m.group(1), m.group(2), m.group(1, 2), m.groups())
print(m.start(), m.end(), m.span(), m.start(2), m.end(1), m.span(1))
print(m.pos, m.endpos, m.string, m.re, bool(m), m[0], m[2])
print(re.search('x', ''), re.match('', ''), re.search('$', 'abc'))

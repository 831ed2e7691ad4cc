import re, copy
p = re.compile(r'(?P<w>\w)(\d)?')
m = p.search(string='ab1', pos=1)
print(m, m.regs, m.span(2), m.groups(default='-'), m.groupdict(default=0))
print(copy.copy(m) is m, copy.deepcopy(p) is p, isinstance(m, re.Match), isinstance(p, re.Pattern))
print(p.findall(string='a1b2', pos=1), p.split(string='a1 b', maxsplit=1), p.sub(repl='#', string='a1b', count=1))
print(p.subn('#', 'a1b2c'), p.fullmatch('a1'), p.fullmatch('a1', endpos=1))
sc = p.scanner('a1b2')
print(sc.search(), sc.search(), sc.search())
print(re.compile(r'\d').sub(lambda m: m.re.pattern, 'x1'), re.match('a', 'a').re)
try:
    re.Match()
except TypeError as e:
    print('TypeError', e)
print(len(re.compile('(a)(b)(c)').match('abc').groups()), re.compile('x').groups, re.compile(b'(?P<z>q)').groupindex['z'])

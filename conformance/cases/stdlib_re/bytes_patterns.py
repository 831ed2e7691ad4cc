import re
print(re.findall(b'[a-z]+', b'ab 12 cd'), re.sub(b'a', b'\\n', b'banana'), re.split(b',', b'a,b'))
print(re.match(b'(?i)A', b'a'), re.search(rb'\d+', b'x42'), re.compile(rb'\w+').pattern)
print(re.sub(rb'(\w)', rb'[\1]', b'ab'), re.subn(b'b', lambda m: m.group() * 2, b'abc'))
print(re.findall(rb'\w+', 'é'.encode() + b' x'), re.match(rb'\xc3', 'é'.encode()))
m = re.match(rb'(?P<a>.)(.)', b'xyz')
print(m, m.groups(), m.groupdict(), m.span(2), m.expand(rb'\2\1'))
print(re.compile(b'x', re.I | re.M))

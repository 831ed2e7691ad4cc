import re
ba = bytearray(b'key=1 other=22')
m = re.search(rb'(\w+)=(\d+)', ba)
print(m, m.group(1), m.groups(), re.findall(rb'\d+', ba), re.split(rb'\s', ba), re.sub(rb'\d', b'#', ba))
class S(str):
    pass
print(re.match('a', S('ab')), re.findall('b', S('abb')), re.sub('a', 'x', S('aa')), re.match(S('(a)'), 'a').groups())
print(re.match('(?P<n>a)', 'a').group(S('n')), re.search(rb'b', bytes(b'ab')))

import re
print(re.sub('a', 'b', 'aaa', count=-1), re.subn('a', 'b', 'aaa', -5), re.split('a', 'bab', maxsplit=-1), re.split('a', 'babab', -2))
print(re.sub('a', 'b', 'aaa', 1.0) if False else '', re.findall('', ''), re.split('', ''), re.sub('^', '>', ''), re.subn('$', '!', 'ab\n'))
try:
    re.sub('a', 'b', 'aaa', count='x')
except TypeError as e:
    print('TypeError', e)
try:
    re.split('a', 'aaa', maxsplit=None)
except TypeError as e:
    print('TypeError', e)
print(re.compile('a').match('bab', pos=1, endpos=2), re.compile('a').search('bab', 1, -1))

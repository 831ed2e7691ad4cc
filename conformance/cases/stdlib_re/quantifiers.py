import re
for pat in ['a*', 'a+', 'a?', 'a{2}', 'a{2,}', 'a{,2}', 'a{1,3}', 'a*?', 'a+?', 'a??', 'a{1,3}?', 'a{2,}?']:
    print(pat, re.findall(pat, 'aaaa b a'), re.match(pat, 'aaaa'))
print(re.findall('(ab){2}', 'ababab'), re.findall('a{,}', 'a{,}'), re.findall('x{', 'x{'), re.findall('x{a}', 'x{a}'))
print(re.match('a*?b', 'aaab'), re.match('(a|b)*?b', 'aab'), re.match('(ab|a)*?c', 'abac'))
print(re.match('(a+)+b', 'aaab').groups(), re.match('(a*)*b', 'aab').groups(), re.match('(a*)+b', 'aab').groups())
print(re.match('(?:a{1000}){2}', 'a' * 2001).end(), re.match('(a{2,3}){2,}', 'a' * 7).span())
print(re.match('a++b', 'aab'), re.match('a*+a', 'aaa'), re.match('(?>a+)b', 'aaab'), re.match('(?>a|ab)c', 'abc'))

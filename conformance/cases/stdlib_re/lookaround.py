import re
print(re.match('(?=abc)a', 'abc'), re.match('(?!abc)a', 'abc'), re.match('(?!abd)a', 'abc'))
print(re.search('(?<=a)b', 'ab'), re.search('(?<!a)b', 'ab cb'), re.search(r'(?<=\d{3})x', '123x'))
print(re.findall(r'(?<!\d)x', '1x x'), re.findall(r'(?=(\w+))\w', 'abc'))
print(re.findall(r'\w+(?=,)', 'a, b, c'), re.findall(r'(?<=-)\w+', 'x-a -b c'))
print(re.search(r'(?<=ab|cd)e', 'cde'), re.search(r'(?<!ab|cd)x', 'cdx abx ax'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.match(r'(?=(a+))a*b\1', 'baaabac'), re.search(r'(?=(a+))a*b\1', 'baaabac'))
print(re.match(r'(?!(a)b)\w+', 'ac').groups(), re.match(r'(?=(a)c)\w+', 'ac').groups())

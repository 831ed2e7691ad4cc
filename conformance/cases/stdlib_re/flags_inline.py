import re
print(re.findall('(?i)[a-z]+', 'HeLLo World'), re.findall('[a-z]+', 'HeLLo', re.I))
print(re.findall('(?i:A)b', 'ab aB Ab AB'), re.findall('a(?-i:B)', 'ab aB AB', re.I))
print(re.findall('^x', 'x\nx'), re.findall('^x', 'x\nx', re.M), re.findall('(?m)x$', 'x\nx\n'))
print(re.findall('.', 'a\nb'), re.findall('.', 'a\nb', re.S), re.findall('(?s:.)b', 'a\nb'))
print(re.findall(r'''(?x) \d+   # digits
                     \s* [a-z]   # letter''', '12 a 3b'))
print(re.findall(r'a b', 'a bab', re.VERBOSE), re.findall(r'a\ b|[ ]x', 'a b x', re.X))
print(re.findall(r'\w+', 'héllo wörld'), re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'(?a)\w+', 'héllo'))
print(re.I, re.M | re.S, re.IGNORECASE | re.ASCII, re.I & re.M, int(re.I | re.M), re.NOFLAG)
print(re.search('(?i)straße', 'STRASSE STRAßE'))

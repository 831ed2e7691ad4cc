import re
text = 'first line\nsecond line\nthird\n'
print(re.findall(r'^\w+', text), re.findall(r'^\w+', text, re.M))
print(re.findall(r'\w+$', text), re.findall(r'\w+$', text, re.M))
print(re.findall('^', 'a\nb'), re.findall('(?m)^', 'a\nb'), re.findall('(?m)$', 'a\nb\n'))
print(re.search(r'\Aline', text, re.M), re.search(r'third\Z', text), re.search(r'third$', text))
print(re.sub('(?m)^', '> ', 'a\nb'), re.sub('$', '!', 'a\n'))

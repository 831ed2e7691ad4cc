import re
p1 = re.compile('abc')
print(re.purge())
p2 = re.compile('abc')
print(p1 == p2, p1.pattern == p2.pattern)
for i in range(600):
    re.match('x%d' % i, 'x%d' % i)
print(re.match('x599', 'x599'))

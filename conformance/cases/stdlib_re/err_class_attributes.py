import re
try:
    re.compile('(')
except re.error as e:
    print(type(e).__module__, type(e).__name__, e.args)
print(re.search(r'(\d+)', 'x42').group(1))
m = re.match('a', 'a')
try:
    m.group(3)
except IndexError as e:
    print('IndexError', e)

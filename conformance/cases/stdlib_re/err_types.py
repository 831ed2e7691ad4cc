import re
for f in [lambda: re.compile(b'a').match('a'), lambda: re.compile('a').match(b'a'), lambda: re.match('a', 5),
          lambda: re.compile(5), lambda: re.search(None, 'a'), lambda: re.sub('a', lambda m: 5, 'a'),
          lambda: re.findall(b'a', 'a'), lambda: re.split('a', b'a')]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

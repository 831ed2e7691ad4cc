import re
tests = [(r'[^a-c]+', 'abcdefabc'), (r'[\w.-]+@[\w.-]+', 'mail x.y-z@ex.com now'), (r'[]a]+', ']a]'),
         (r'[a-]+', 'a-a'), (r'[\]]', ']'), (r'[^]]+', 'ab]'), (r'[.]', 'a.b'), (r'[\s\d]+', 'a 12 3b'),
         (r'[\x41-\x43]+', 'ABCD'), (r'[^\W\d]+', 'ab12cd'), (r'[\D]+', '12ab34'), (r'[à-ÿ]+', 'xàéîy'),
         (r'[\n\t]', 'a\tb'), (r'[\\]', 'a\\b'), (r'[-a]', '-'), (r'[a-z0-9_]+', 'Abc_9!')]
for pat, s in tests:
    print(pat, re.findall(pat, s))
print(re.findall(r'(?i)[A-Z]+', 'abcXYZ'), re.findall(r'(?i)[^a]', 'aAb'))

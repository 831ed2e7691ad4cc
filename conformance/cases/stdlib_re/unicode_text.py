import re
s = 'Grüße aus Köln — naïve café 東京 ΑΒΓ αβγ'
print(re.findall(r'\w+', s))
print(re.findall(r'[a-zA-Z]+', s), re.findall(r'(?i)αβγ', s), re.findall(r'(?i)köln', s.upper()))
print(re.search('東京', s), re.sub(r'\s+', '_', s))
print(re.split(r'\W+', s), [m.span() for m in re.finditer('é', s)])
print(re.match(r'.+?(?=—)', s), re.search(r'\u00e9', s), len(re.findall('.', s)))
print(re.findall(r'\w', '½²①'), re.findall(r'\d', '٣৪¹'))

import re
text = 'naïve café := 東京 + 42 * größe;\nΑΒΓ = "ok"'
token = re.compile(r'\s*(?:(?P<num>\d+)|(?P<name>\w+)|(?P<op>:=|[-+*/;=])|(?P<str>"[^"]*")|(?P<bad>.))')
pos = 0
while pos < len(text):
    m = token.match(text, pos)
    if m is None:
        break
    print(m.lastgroup, repr(m.group(m.lastgroup)), m.span(m.lastgroup), m.pos, m.endpos)
    pos = m.end()
print(token.match(text, len(text)), token.search(text, 3, 9))

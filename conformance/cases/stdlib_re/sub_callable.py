import re
print(re.sub('a', lambda m: m.group().upper(), 'banana'))
def repl(m):
    return str(int(m.group(1)) * 2)
print(re.sub(r'n=(\d+)', repl, 'n=1 n=21 n=x'))
seen = []
def spy(m):
    seen.append((m.span(), m.lastindex, m.string, m.pos, m.endpos))
    return '[' + m[0] + ']'
print(re.subn(r'(o)+', spy, 'foo boo', count=1))
print(seen)
print(re.compile(r'\s+').sub(lambda m: ' ', 'a  b\t\nc'))

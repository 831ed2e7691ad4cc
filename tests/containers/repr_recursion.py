a = [1]
a.append(a)
b = [a]
a.append(b)
print(a, b)
d = {}
d['d'] = d
d['l'] = [d]
print(d)
t = ([],)
t[0].append(t)
print(t)
s = {1: [2]}
s[1].append(s)
print(s)
deep = []
cur = deep
for i in range(5000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    repr(deep)
except RecursionError as e:
    print('RecursionError', e)
dd = {}
cur = dd
for i in range(5000):
    cur['k'] = {}
    cur = cur['k']
try:
    repr(dd)
except RecursionError as e:
    print('RecursionError', e)
print(repr([[[[1]]]]))
class R:
    def __repr__(self):
        return 'R' + repr(self.x)
r = R(); r.x = [r]
try:
    print(repr(r))
except RecursionError as e:
    print('RecursionError')

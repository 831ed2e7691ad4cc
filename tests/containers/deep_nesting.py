a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print('RecursionError', e)
t = ()
for i in range(500):   # deeper tuples: CPython hashes them, Corral raises RecursionError
    t = (t,)
try:
    print(hash(t) != 0)
except RecursionError as e:
    print('RecursionError', e)
d = {}
e = {}
for i in range(100000):
    d = {1: d}
    e = {1: e}
try:
    print(d == e)
except RecursionError as e:
    print('RecursionError', e)
try:
    print(a < b)
except RecursionError as e:
    print('RecursionError', e)

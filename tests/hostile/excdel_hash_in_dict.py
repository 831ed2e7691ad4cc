# hostile: expect ok
class Bad:
    def __hash__(self):
        raise OverflowError("hash fails")
d = {1: 2}
s = {1}
for op in (lambda: d[Bad()], lambda: d.setdefault(Bad(), 1), lambda: Bad() in s, lambda: s.add(Bad()),
           lambda: {Bad(): 1}, lambda: frozenset([1, Bad()]), lambda: d.pop(Bad(), None)):
    try:
        op()
        print("ok")
    except OverflowError as e:
        print("caught", e)
print(d, s)

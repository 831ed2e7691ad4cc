import operator as o
tests = [lambda: o.neg(), lambda: o.add(1), lambda: o.add(1, x=2), lambda: o.itemgetter(), lambda: o.attrgetter(1),
         lambda: o.methodcaller(), lambda: o.index(1.5), lambda: o.concat(1, 2), lambda: o.concat([1], (2,)),
         lambda: o.countOf(1, 1), lambda: o.indexOf([1], 2), lambda: o.truth(1, 2), lambda: o.abs("a"),
         lambda: o.pos("a"), lambda: o.itemgetter(1)(1, 2), lambda: o.itemgetter(1)(x=1), lambda: o.truediv(1, 0)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

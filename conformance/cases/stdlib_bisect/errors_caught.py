import bisect as b
tests = [lambda: b.bisect_left(), lambda: b.bisect_left([1], 1, -1), lambda: b.bisect_left(1, 1),
         lambda: b.bisect_left([1], 1, hi=5), lambda: b.insort(1, 2), lambda: b.bisect_left([1], 1, x=2),
         lambda: b.bisect_left([1], 1, 0, 1, None, 3), lambda: b.bisect_left([1], 1, 0, 1, 2),
         lambda: b.bisect_left([1], 1, "a"), lambda: b.bisect_left([1], 1, hi="x"), lambda: b.insort((1, 2), 1),
         lambda: b.bisect([1, 2, 3], "5", key=int), lambda: b.bisect_left([1], 1, 1.0)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

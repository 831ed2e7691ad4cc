import heapq
tests = [lambda: heapq.heappush([]), lambda: heapq.heappop(), lambda: heapq.heappop([]), lambda: heapq.heappop(()),
         lambda: heapq.heapify(1), lambda: heapq.heapreplace([], 1), lambda: heapq.heappushpop((), 1),
         lambda: heapq.heappush([], 1, x=1), lambda: heapq.heapify([], 1)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

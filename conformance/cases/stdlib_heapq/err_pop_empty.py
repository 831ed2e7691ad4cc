import heapq
h = [1]
print(heapq.heappop(h))
heapq.heappop(h)

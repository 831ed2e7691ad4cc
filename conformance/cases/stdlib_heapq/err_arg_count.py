import heapq
h = []
heapq.heappush(h, 1)
print(h)
heapq.heappush(h)

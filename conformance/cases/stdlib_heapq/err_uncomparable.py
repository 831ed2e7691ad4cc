import heapq
h = [1, 2]
heapq.heappush(h, 0)
print(h)
heapq.heappush(h, "x")

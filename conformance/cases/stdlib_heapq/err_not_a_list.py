import heapq
print(heapq.heappushpop([], 1))
heapq.heappush((1, 2), 3)

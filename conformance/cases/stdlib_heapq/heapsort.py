import heapq
def heapsort(items):
    h = list(items)
    heapq.heapify(h)
    return [heapq.heappop(h) for _ in range(len(h))]
data = [((i * 37) % 50) - 25 for i in range(60)]
print(heapsort(data) == sorted(data), heapsort("corral"), heapsort([2.5, -1, 3]))

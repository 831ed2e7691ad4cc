import heapq
data = [(i * 7919) % 101 for i in range(40)]
heapq.heapify(data)
print(data)
print(all(data[i] <= data[c] for i in range(len(data)) for c in (2 * i + 1, 2 * i + 2) if c < len(data)))
empty = []
heapq.heapify(empty)
print(empty, heapq.heapify([1]))

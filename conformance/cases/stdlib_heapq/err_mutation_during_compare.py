import heapq
class Evil:
    def __init__(self, v, heap):
        self.v, self.heap = v, heap
    def __lt__(self, other):
        self.heap.clear()
        return self.v < other.v
h = []
h.extend([Evil(3, h), Evil(2, h), Evil(1, h)])
print(len(h))
heapq.heapify(h)

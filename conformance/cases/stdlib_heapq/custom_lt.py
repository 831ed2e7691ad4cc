import heapq
class Job:
    def __init__(self, p, name):
        self.p, self.name = p, name
    def __lt__(self, other):
        return self.p > other.p
h = []
for p, n in [(1, "low"), (5, "high"), (3, "mid")]:
    heapq.heappush(h, Job(p, n))
print([heapq.heappop(h).name for _ in range(3)])

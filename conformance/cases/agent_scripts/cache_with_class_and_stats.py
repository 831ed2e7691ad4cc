class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key, compute):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
        else:
            self.misses += 1
            value = compute(key)
            if len(self.data) >= self.capacity:
                oldest = next(iter(self.data))
                del self.data[oldest]
        self.data[key] = value
        return value
cache = LRU(2)
for k in ["a", "b", "a", "c", "b", "a", "a"]:
    cache.get(k, lambda s: s.upper() * 2)
print(list(cache.data.items()), cache.hits, cache.misses, f"hit rate {cache.hits / (cache.hits + cache.misses):.1%}")

# hostile: expect ok|error=ValueError
data = list(range(100))
def key(v):
    data.append(v)
    return -v
try:
    data.sort(key=key)
except ValueError as e:
    print("ValueError", e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        items.clear()
        return self.v < other.v
items = [Cmp(i) for i in range(50)]
items.sort()
print("survived", len(items))

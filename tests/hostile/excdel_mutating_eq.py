# corral: limit time_ms=1000
# hostile: expect ok|limit=time
# __eq__ that mutates the container being searched
d = {}
class Evil:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        d.clear()
        for i in range(100):
            d[i] = i
        return False
d[Evil()] = 1
for i in range(10):
    try:
        d[Evil()] = i
    except RuntimeError as e:
        print("RuntimeError", e)
lst = [Evil() for _ in range(10)]
class Shrink:
    def __eq__(self, other):
        lst.clear()
        return False
print(Shrink() in lst, len(lst))
print("survived")

class Pair:
    def __enter__(self):
        return (1, 2)
    def __exit__(self, *a):
        return False
class Holder:
    pass
h = Holder()
with Pair() as (a, b):
    print(a, b)
with Pair() as h.value:
    print(h.value)
d = {}
with Pair() as d["k"]:
    pass
print(d)

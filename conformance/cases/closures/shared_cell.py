def pair():
    x = 0
    def get():
        return x
    def put(v):
        nonlocal x
        x = v
    return get, put
g, p = pair()
print(g())
p(42)
print(g())

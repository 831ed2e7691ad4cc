class Named:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *exc):
        print("exit", self.n)
with Named(1) as a, Named(2) as b:
    with Named(3) as c:
        print("body", a, b, c)

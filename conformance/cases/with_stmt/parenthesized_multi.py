class T:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        return self.n * 10
    def __exit__(self, *a):
        print("close", self.n)
with (
    T(1) as a,
    T(2) as b,
):
    print(a + b)

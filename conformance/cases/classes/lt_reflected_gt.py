class A:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("A.__gt__ called")
        return self.v > other
print(5 < A(10))
print(A(1) > 0)
print(sorted([A(3), A(1)], key=lambda a: a.v)[0].v)
A(1) < A(2)

def f(self, x):
    return (self, x)
print(f(self=1, x=2))
class A:
    def m(self, x):
        return x
print(A().m(x=5))
A().m(5, x=6)

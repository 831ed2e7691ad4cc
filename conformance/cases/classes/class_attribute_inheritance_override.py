class A:
    x = 1
    def show(self):
        return (self.x, type(self).x, A.x)
class B(A):
    x = 2
b = B()
print(b.show(), A().show())
b.x = 3
print(b.show())
A.x = 10
print(A().show(), B().show())
del b.x
print(b.show())
del b.x

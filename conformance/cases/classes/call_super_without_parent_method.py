class A:
    pass
class B(A):
    def hello(self):
        return super().hello()
print("calling")
B().hello()

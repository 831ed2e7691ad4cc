class A:
    def method(self):
        return "bound"
a = A()
m = a.method
print(m(), m.__self__ is a, m.__func__ is A.method, A.method(a))
a.method = lambda: "instance attr"
print(a.method(), A.method(a))
print(A.method())

class A:
    def __init__(self):
        super().__init__()
        print("A init ok")
A()
class B:
    def __init__(self, x):
        super().__init__(x)
B(1)

class Base:
    def __init__(self, a, b):
        self.a = a
class Child(Base):
    def __init__(self, a):
        super().__init__(a)
print("constructing")
Child(1)

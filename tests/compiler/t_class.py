class Base:
    """Base doc"""
    x = 1
    def __init__(self, v):
        self.v = v
    def show(self):
        return "Base.show %s" % self.v
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def st():
        return "static"
class Child(Base):
    def show(self):
        return "Child>" + super().show()
    def cls(self):
        return __class__.__name__
    def __private(self):
        return "priv"
    def callpriv(self):
        return self.__private()
c = Child.make(5)
print(c.show(), c.cls(), Base.st(), c.callpriv(), Base.__doc__, Child.__qualname__)
print(Child.__module__, hasattr(c, "_Child__private"))
def factory():
    y = 42
    class Local:
        z = y
        def get(self):
            return y
    return Local
L = factory()
print(L.z, L().get(), L.__qualname__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = kw.get("tag")
        return super().__new__(mcls, name, bases, ns)
class T(metaclass=Meta, tag="hi"):
    pass
print(T.tag)
class P:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(P.doubled)

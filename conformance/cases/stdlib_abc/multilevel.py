from abc import ABC, abstractmethod
class A(ABC):
    @abstractmethod
    def f(self):
        pass
    @abstractmethod
    def g(self):
        pass
class B(A):
    def f(self):
        return "f"
class C(B):
    def g(self):
        return "g"
for cls in (A, B, C):
    try:
        obj = cls()
        print(cls.__name__, "ok", obj.f(), obj.g())
    except TypeError as e:
        print(cls.__name__, "TypeError", e)

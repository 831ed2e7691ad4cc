from abc import ABC, abstractmethod
class Base(ABC):
    @staticmethod
    @abstractmethod
    def helper():
        pass
    @property
    @abstractmethod
    def size(self):
        pass
class Impl(Base):
    @staticmethod
    def helper():
        return "helped"
    @property
    def size(self):
        return 3
print(Impl.helper(), Impl().size)
try:
    Base()
except TypeError as e:
    print("TypeError", e)

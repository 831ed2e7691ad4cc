from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def greet(self):
        return "base"
class Child(Base):
    def greet(self):
        return "child+" + super().greet()
print(Child().greet())
print(getattr(Base.greet, "__isabstractmethod__", False), getattr(Child.greet, "__isabstractmethod__", False))

from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
try:
    Shape()
except TypeError as e:
    print("TypeError", e)

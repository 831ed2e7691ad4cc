from abc import ABC, abstractmethod
class Two(ABC):
    @abstractmethod
    def b(self):
        pass
    @abstractmethod
    def a(self):
        pass
    @property
    @abstractmethod
    def p(self):
        pass
try:
    Two()
except TypeError as e:
    print("TypeError", e)
class Half(Two):
    def a(self):
        return 1
try:
    Half()
except TypeError as e:
    print("TypeError", e)

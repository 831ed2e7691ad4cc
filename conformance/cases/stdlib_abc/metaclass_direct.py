from abc import ABCMeta, abstractmethod
class M(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass
    @classmethod
    @abstractmethod
    def make(cls):
        pass
try:
    M()
except TypeError as e:
    print("TypeError", e)
class Ok(M):
    def run(self):
        return "ran"
    @classmethod
    def make(cls):
        return cls()
print(Ok.make().run(), type(Ok).__name__, type(M).__name__)

from enum import Enum
class Color(Enum):
    RED = 1
try:
    class More(Color):
        GREEN = 2
except TypeError as e:
    print("TypeError", e)
class Base(Enum):
    def hello(self):
        return "hello " + self.name
class Concrete(Base):
    ONE = 1
print(Concrete.ONE.hello(), list(Concrete))

from abc import ABC
class Plain(ABC):
    pass
print(type(Plain()).__name__)
try:
    Plain(1)
except TypeError as e:
    print("TypeError", e)
class WithInit(ABC):
    def __init__(self, v):
        self.v = v
print(WithInit(5).v)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def make_two(cls):
        return [cls(), cls()]
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def name(cls):
        return cls.__name__
class Sub(Counter):
    pass
Counter.make_two()
Sub.make_two()
print(Counter.count, Counter.add(2, 3), Counter().add(1, 1), Sub.name(), Counter.name())

def add_greeting(cls):
    cls.greet = lambda self: "hi from " + type(self).__name__
    return cls
@add_greeting
class Dog:
    pass
print(Dog().greet())

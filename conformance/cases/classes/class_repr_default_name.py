class Widget:
    pass
print(Widget.__name__, Widget.__qualname__, type(Widget()).__name__, type(Widget).__name__)
print(isinstance(Widget(), object), Widget.__module__)

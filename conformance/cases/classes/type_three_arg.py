def hello(self):
    return f"hello from {type(self).__name__} with x={self.x}"
Dyn = type("Dyn", (object,), {"x": 5, "hello": hello})
d = Dyn()
print(d.hello(), Dyn.__name__, Dyn.__bases__[0].__name__, isinstance(d, Dyn))
Sub = type("Sub", (Dyn,), {"x": 7})
print(Sub().hello(), [c.__name__ for c in Sub.__mro__])

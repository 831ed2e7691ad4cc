print(isinstance(3, int | str), isinstance("x", int | None), isinstance(None, int | None), issubclass(bool, int | float))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type))
issubclass(3, int)

print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance("s", (int, str)), isinstance(None, type(None)))
print(type(1) is int, type("a") == str, type([]).__name__, type(type), type(int), issubclass(bool, int), issubclass(int, (str, object)))
print(type(3.0), type(None), type(print), type(len).__name__)

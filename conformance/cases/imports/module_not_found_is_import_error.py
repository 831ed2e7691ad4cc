print(issubclass(ModuleNotFoundError, ImportError), ModuleNotFoundError.__mro__[1].__name__)
try:
    from os import path
except ImportError as e:
    print("ImportError caught:", e)

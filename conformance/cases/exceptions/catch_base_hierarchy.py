for exc in [KeyError, IndexError, ZeroDivisionError, OverflowError, FileNotFoundError, RecursionError, UnicodeDecodeError, NotImplementedError, ModuleNotFoundError, StopIteration]:
    print(exc.__name__, [b.__name__ for b in exc.__mro__[1:]])

def f():
    pass
class C:
    def m(self):
        pass
print(callable(f), callable(C), callable(C()), callable(C().m), callable(len), callable("s"), callable(None))
print(type(f).__name__, type(C().m).__name__, type(len).__name__, type(C).__name__)

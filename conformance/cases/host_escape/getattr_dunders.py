def f():
    pass
print(getattr(f, "__globals__", "hidden"))
print(hasattr(f, "__code__"), hasattr(f, "__name__"))
getattr(f, "__globals__")

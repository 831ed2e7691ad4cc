def f():
    try:
        raise ValueError("first")
    finally:
        print("cleanup")
        raise TypeError("second")
f()

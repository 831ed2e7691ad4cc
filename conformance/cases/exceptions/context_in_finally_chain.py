def f():
    try:
        raise ValueError("original")
    finally:
        print("finally block")
        {}["cleanup-key"]
f()

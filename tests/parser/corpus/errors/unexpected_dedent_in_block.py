def f():
        x
    y

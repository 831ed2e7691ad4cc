def f():
    try:
        {}["k"]
    except KeyError:
        print("logging and re-raising")
        raise
f()

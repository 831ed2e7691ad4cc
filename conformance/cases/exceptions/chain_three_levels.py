def level1():
    raise KeyError("root")
def level2():
    try:
        level1()
    except KeyError as e:
        raise ValueError("middle") from e
def level3():
    try:
        level2()
    except ValueError:
        raise RuntimeError("top")
level3()

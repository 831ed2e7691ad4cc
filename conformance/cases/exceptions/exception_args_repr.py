for e in [ValueError(), ValueError("x"), ValueError("x", 2), KeyError("k"), KeyError(), OSError(2, "nf")]:
    print(repr(e), "|", str(e), "|", e.args)

class E1(Exception):
    pass
print(str(E1()), str(E1("a")), str(E1("a", "b")), repr(E1("a")), repr(E1()))
print(str(KeyError("a")), str(KeyError("a", "b")), str(KeyError(1)), repr(StopIteration(5)))
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
raise E1("x", 2)

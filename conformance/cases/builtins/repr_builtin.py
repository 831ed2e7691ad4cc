print(repr(1), repr(1.0), repr("s"), repr([1, "s"]), repr({"a": (1,)}), repr(None), repr(True), repr(b"b"), repr(1e100))
print(ascii("é☃"), repr("\u200b"), repr("\x1b"), repr(range(2)), repr(slice(1)), repr(-0.0), repr(2 ** 64))

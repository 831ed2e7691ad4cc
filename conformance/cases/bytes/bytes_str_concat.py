print(b"a" + b"b")
b"a" + "b"

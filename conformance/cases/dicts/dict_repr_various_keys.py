d = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?", frozenset(): "fs", b"b": "bytes"}
print(d)
print(len(d), d[1], d[True])

# corral: external echo
for value in (1, -7, 2.5, "text", "ünï", True, None, [1, [2]], {"a": 1}, (1, 2), b"by"):
    print(repr(echo(value)))
print(echo(10 ** 30))

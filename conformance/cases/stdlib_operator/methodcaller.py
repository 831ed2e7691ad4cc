from operator import methodcaller
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b,c"), methodcaller("split", ",", maxsplit=1)("a,b,c"))
print(methodcaller("replace", "a", "o")("banana"), methodcaller("get", "k", "default")({}))
print(repr(methodcaller("split", ",", maxsplit=1)), repr(methodcaller("f")))
print(list(map(methodcaller("strip"), [" a ", "b  "])))

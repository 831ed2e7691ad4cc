print("{a}-{b}".format_map({"a": 1, "b": 2}), "x".join("123"))
print("hello".index("l"), "hello".rindex("l"))
print("hello".rindex("z"))

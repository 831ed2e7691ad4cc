print({1: "a"} == {1.0: "a"}, {True: 1, 1: 2}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)

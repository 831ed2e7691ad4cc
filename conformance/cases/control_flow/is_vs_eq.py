a = [1]
b = [1]
print(a == b, a is b, a is a, None is None, 1 == 1.0, "x" == "x")

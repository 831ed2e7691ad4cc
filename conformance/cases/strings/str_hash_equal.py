a = "hello" + " world"
b = "hello world"
print(a == b, hash(a) == hash(b), a is not None)
d = {a: 1}
print(d[b])

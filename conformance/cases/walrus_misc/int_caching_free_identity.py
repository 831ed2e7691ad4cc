a = [1, 2]
b = a
print(a is b, a == list(a), a is not list(a))

f = None
print(f is None)
f()

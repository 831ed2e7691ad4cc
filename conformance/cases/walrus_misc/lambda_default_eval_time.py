x = 1
f = lambda y=x: y
x = 2
print(f(), (lambda: x)())

d = {}
d.update(a=1)
print(d)
d.update(5)

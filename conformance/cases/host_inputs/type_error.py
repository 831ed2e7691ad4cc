# corral: inputs x=3 name="ada"
print(x, name)
print(str(x) + name)
print(x + name)

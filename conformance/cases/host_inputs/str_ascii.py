# corral: inputs name="ada"
print(name)
print(name.upper(), len(name))
print(f"hello, {name}!")
print(name * 2)

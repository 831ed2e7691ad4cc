# corral: inputs text="a b  c=d" other="x"
print(repr(text))
print(text.split())
print(text.split("="))
print(other)

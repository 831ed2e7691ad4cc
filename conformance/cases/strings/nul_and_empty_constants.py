# A constant with a NUL character is not the empty string, even in the same code.
x = ''
y = '\0'
z = 'a\0b'
print(len(x), len(y), len(z), y == x, repr(y), repr(z))
print({'': 1, '\0': 2, 'a\0b': 3})

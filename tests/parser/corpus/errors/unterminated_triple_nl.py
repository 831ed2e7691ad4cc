"""a
b

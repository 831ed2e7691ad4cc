"""a
b
c
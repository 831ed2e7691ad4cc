# corral: inputs x=3
def bump():
    global x
    x = x + 10
    return x
print(bump())
print(x)
x += 1
print(x)

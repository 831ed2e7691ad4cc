def src():
    print("src called")
    return [1, 2]
g = (x * 2 for x in src())
print("genexpr created")
print(list(g))
h = (x for x in 5)

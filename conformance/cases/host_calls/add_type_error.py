# corral: external add
print(add(1, 2))
try:
    add(1, "a")
except TypeError as e:
    print("caught:", e)
add([1], [2])

inventory = {"a": 0, "b": 2, "c": 0}
for k in list(inventory):
    if inventory[k] == 0:
        inventory.pop(k)
print(inventory)
matrix = [[1, 2], [3, 4]]
for row in matrix:
    for j in range(len(row)):
        row[j] *= 10
print(matrix)

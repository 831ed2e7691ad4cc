import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
print(b[1] is a[1], c[1] is a[1], c == a, c[2]["k"] is a[2]["k"])
print(copy.copy({"x": [1]})["x"] is not None, copy.copy(set([1])) == {1})

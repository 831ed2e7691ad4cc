print(min([5]))
min([])

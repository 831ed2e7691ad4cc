xs = [1, 2, 3]
xs.insert(100, "end")
xs.insert(-100, "start")
xs.insert(-1, "before-last")
print(xs)

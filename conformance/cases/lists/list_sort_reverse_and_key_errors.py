data = [("x", 3), ("y", 1), ("z", 2)]
data.sort(key=lambda t: t[1], reverse=True)
print(data)
data.sort(key=lambda t: t[0])
print(data)
data.sort(key=lambda t: t[2])

print(max(1, 2))
max(1, "a")

s = {1, 2, 3}
for x in s:
    print("saw something")
    s.add(x + 10)

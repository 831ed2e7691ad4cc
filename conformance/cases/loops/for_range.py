for i in range(3):
    print("i", i)
for i in range(10, 0, -3):
    print("down", i)
print(list(range(0)), list(range(5, 2)), list(range(-3, 3, 2)), len(range(0, 100, 7)), range(2, 9, 2)[1], 7 in range(0, 10, 7))

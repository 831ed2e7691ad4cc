print([last := i for i in range(3)], last)
[i := 0 for i in range(3)]

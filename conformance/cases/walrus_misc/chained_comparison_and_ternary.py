for v in [1, 5, 11]:
    print(v, "in range" if 0 < v <= 10 else "out", 1 < v < 10 < 100)

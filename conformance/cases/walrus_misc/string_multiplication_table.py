for i in range(1, 4):
    print(" ".join(f"{i * j:3d}" for j in range(1, 6)))

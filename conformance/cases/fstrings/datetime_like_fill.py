for i in range(1, 4):
    print(f"{i:03d}|{i / 3:6.3f}|{-i:+d}|{i:<3}|{'':-^9}|")
print(f"{'left':<10}|{'right':>10}|{'mid':^10}|")

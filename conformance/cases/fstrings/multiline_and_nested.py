rows = [("a", 1), ("bb", 22)]
for k, v in rows:
    print(f"{k:<4}"
          f"{v:>4}")
print(f"{f'{1 + 1}'}", f"{'nested'.upper()}")

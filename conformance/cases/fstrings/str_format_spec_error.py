s = "abc"
print(f"{s:>5}")
print(f"{s:.2f}")

a = 1
print(f"{a}")
print(f"{b}")

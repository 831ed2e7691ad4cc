n = 7 ** 200
s = str(n)
print(len(s), int(s) == n, s[:15], s[-15:])
print(int("-" + "9" * 60) + 1)
print(int("f" * 40, 16))

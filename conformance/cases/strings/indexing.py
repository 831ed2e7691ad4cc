s = "hello"
print(s[0], s[-1], s[1:3], len(s), s * 2, "ell" in s, "xyz" not in s)
print(s[4], s[-5])
print(s[5])

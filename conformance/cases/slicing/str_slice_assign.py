s = "hello"
print(s[1:3])
s[1:3] = "XY"

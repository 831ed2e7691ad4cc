s = "hello"
print(s[1])
s["1"]

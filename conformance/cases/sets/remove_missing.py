s = {"a"}
s.remove("a")
print(sorted(s))
s.remove("a")

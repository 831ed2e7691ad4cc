s = "aaa bbb aaa"
print(s.replace("aaa", "c"), s.replace("a", "", 2), s.replace("", "-"), s.replace("zz", "y"))

s = "aaa"
print(s.count("aa"), "" in s, s.find("aa", 1), s.replace("aa", "b"), s.split("a"), s.rsplit("a", 1))
print("abc"[-4:10], "abc"[10:], "abc"[::-1][::-1])
print("abc"[-4])

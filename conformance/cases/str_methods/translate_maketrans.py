t = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(t), sorted(t.items()))
t2 = str.maketrans({"a": "1", "b": None})
print("abcab".translate(t2))

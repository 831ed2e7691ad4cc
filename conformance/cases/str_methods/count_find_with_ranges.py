s = "the quick brown fox jumps over the lazy dog"
print(s.count("the", 1), s.count("o", 10, 20), s.find("o", -10), s.rfind("o", 0, 15), s.index("fox", 5, 30), s.startswith("quick", 4, 9))
print(s.rindex("the", 0, 3), s.endswith("dog", 0, -1), s.find("the", -3))
print(s.index("cat", 0, 5))

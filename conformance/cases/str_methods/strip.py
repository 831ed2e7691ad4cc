s = "  \t xx hello xx \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt".removesuffix(".txt"), "prefix_x".removeprefix("prefix_"))

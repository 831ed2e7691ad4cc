s = "naïve café ☕ 😀"
print(len(s), s.upper(), s[6:10], s[-1], ord(s[-1]), s.encode("utf-8")[:8])
print(list("héllo"), "😀" * 3, len("😀" * 3))

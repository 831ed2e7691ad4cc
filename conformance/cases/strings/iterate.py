for i, ch in enumerate("abc"):
    print(i, ch, ord(ch))
print(list(reversed("xyz")), "".join(sorted("dcba")))

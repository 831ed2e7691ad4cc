b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(b","), b.replace(b"l", b"L"), b.find(b"World"), b.count(b"l"))
print(b"a,b".split(b","), b"-".join([b"x", b"y"]), b"abc".startswith(b"a"), b"123".isdigit(), b"xyz".decode())

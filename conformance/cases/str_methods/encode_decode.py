s = "héllo"
b = s.encode()
print(b, len(b), b.decode(), s.encode("ascii", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii"))

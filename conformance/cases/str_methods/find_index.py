s = "abracadabra"
print(s.find("bra"), s.find("bra", 2), s.find("zz"), s.rfind("a"), s.index("cad"), s.count("a"), s.count("ab"))
print(s.startswith("abr"), s.endswith(("x", "ra")), s.startswith("cad", 4), s.find(""), s.count(""))
print(s.index("zz"))

for s in ["", " ", "\t\n", "a b"]:
    print(repr(s), s.split(), s.strip() == "", s.isspace(), s.title(), len(s.splitlines()), s.partition(" "))

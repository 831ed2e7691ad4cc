print("a,b,,c".split(","), "a b  c".split(), "  a  b  ".split(" "), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("one\ntwo\r\nthree".splitlines(), "x\ny\n".splitlines(True), "".split(), "".split(","))
print("-".join("abc"), "".join(["x", "y"]), " ".join(map(str, range(4))))

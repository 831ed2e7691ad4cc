class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
    def __format__(self, spec):
        return "P<" + spec + ">"
p = P()
print(f"{p} {p!r} {p!s} {p:xyz}", format(p, "q"), str(p), repr(p))

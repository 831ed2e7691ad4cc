def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))
class F:
    pass
class R:
    def __radd__(self, other):
        return "radd:" + other
    def __rmul__(self, other):
        return "rmul:" + repr(other)
    def __mul__(self, other):
        return "mul:" + repr(other)
    def __rmod__(self, other):
        return "rmod"
class I:
    def __index__(self):
        return 3
show("str+F", lambda: "a" + F())
show("str+R", lambda: "a" + R())
show("str*F", lambda: "a" * F())
show("str*R", lambda: "a" * R())
show("R*str", lambda: R() * "a")
show("F*str", lambda: F() * "a")
show("str*I", lambda: "ab" * I())
show("I*str", lambda: I() * "ab")
show("bytes+F", lambda: b"a" + F())
show("bytes+R", lambda: b"a" + R())
show("bytes*I", lambda: b"ab" * I())
show("bytes*F", lambda: b"ab" * F())
show("str[I]", lambda: "abcd"[I()])
show("bytes[I]", lambda: b"abcd"[I()])
show("center I", lambda: "a".center(I()))
s = "ab"
s += "cd"
s *= 2
print(s)

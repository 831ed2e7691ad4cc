class S(str):
    def shout(self):
        return self.upper() + "!"
s = S("hello")
print(s, repr(s), type(s).__name__, s.shout(), len(s), s[1], s + "x", type(s + "x").__name__, isinstance(s, str))
print(s == "hello", hash(s) == hash("hello"), {s: 1}["hello"], "ell" in s, s.split("l"), str(s), type(str(s)).__name__)
print(str.upper(s), S("a,b").split(","), "-".join([s, S("w")]), s.startswith("he"), sorted([S("b"), "a"]))
class B(bytes):
    pass
b = B(b"xyz")
print(b, type(b).__name__, b[0], b + b"!", len(b), b.upper(), B([65, 66]))
class R(str):
    def __repr__(self):
        return "R!"
print(repr(R("q")), [R("q")], str(R("q")), f"{R('q')}", "%s|%r" % (R("q"), R("q")))
print(str.__len__("abc"), str.__getitem__("abc", -1), str.__contains__("abc", "c"), "ab".__mul__(3), "ab".__rmul__(2), "x".__mod__(()))
print(iter("abc").__next__(), list(reversed("abc")), sorted("cba"), max("abc"), min("xyz"), list(enumerate("ab")), "".join(map(str.upper, "ab")))
print(*"abc", sep="-")
a, *rest = "hello"
print(a, rest, dict.fromkeys("ab"), set("aab") == {"a", "b"}, tuple("xy"), "abc" * True, "%-5s|" % "ab")

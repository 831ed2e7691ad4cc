class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.0", "1.2", "0.9.9"]]
print(sorted(vs), max(vs), min(vs), Version("2.0") > Version("1.9"))
print(Version("1.0") <= Version("1.0"))

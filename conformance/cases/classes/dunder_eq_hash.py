class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f"Key({self.k!r})"
d = {Key("a"): 1}
print(d[Key("a")], Key("a") == Key("a"), Key("a") != Key("b"), Key("a") == "a", len({Key(1), Key(1), Key(2)}))

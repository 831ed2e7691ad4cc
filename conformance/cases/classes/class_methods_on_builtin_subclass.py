class MyList(list):
    def total(self):
        return sum(self)
class MyDict(dict):
    def __missing__(self, key):
        return f"<{key}>"
ml = MyList([1, 2, 3])
ml.append(4)
md = MyDict(a=1)
print(ml, ml.total(), len(ml), isinstance(ml, list), type(ml).__name__, md["a"], md["zz"])
class Upper(str):
    def shout(self):
        return self.upper() + "!"
print(Upper("hey").shout(), Upper("a") + "b", type(Upper("a") + "b").__name__)

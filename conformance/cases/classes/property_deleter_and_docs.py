class Temp:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        "the value"
        return self._v
    @v.deleter
    def v(self):
        print("deleting")
        del self._v
t = Temp()
print(t.v, Temp.v.__doc__)
del t.v
print(hasattr(t, "_v"))
t.v

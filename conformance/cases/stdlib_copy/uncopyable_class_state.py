import copy
class Weird:
    def __init__(self):
        self.items = [1, 2]
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return "dyn-" + name
w = Weird()
c = copy.deepcopy(w)
print(c.items, c.items is w.items, c.other)
class Fails:
    def __deepcopy__(self, memo):
        return copy.deepcopy(self.missing, memo)
try:
    copy.deepcopy({"f": Fails()})
except AttributeError as e:
    print("AttributeError", e)

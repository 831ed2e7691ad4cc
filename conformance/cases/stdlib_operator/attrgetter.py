from operator import attrgetter
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
n = Node("root", Node("kid", Node("leaf")))
print(attrgetter("name")(n), attrgetter("child.name")(n), attrgetter("child.child.name")(n))
print(attrgetter("name", "child.name")(n))
print(sorted([Node("b"), Node("a")], key=attrgetter("name"))[0].name)
print(attrgetter("real", "imag")(3), repr(attrgetter("a.b", "c")))

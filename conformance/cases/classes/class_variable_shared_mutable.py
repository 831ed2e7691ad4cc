class Team:
    members = []
    def __init__(self, name):
        self.name = name
    def join(self, who):
        self.members.append(who)
a, b = Team("a"), Team("b")
a.join("x")
b.join("y")
print(a.members, b.members, a.members is b.members)

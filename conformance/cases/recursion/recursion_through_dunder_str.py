class Chain:
    def __init__(self, nxt):
        self.nxt = nxt
    def __str__(self):
        return "(" + str(self.nxt) + ")"
c = Chain("end")
for _ in range(5):
    c = Chain(c)
print(str(c))

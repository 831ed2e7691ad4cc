class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("compare", self.v, o.v)
        return self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
print((Loud(1), Loud(2)) == (Loud(1), Loud(3)))
print((Loud(1), Loud(2)) < (Loud(1), Loud(3)))

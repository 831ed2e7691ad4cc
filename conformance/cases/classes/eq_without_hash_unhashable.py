class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(P(1) == P(1), P.__hash__)
s = {P(1)}

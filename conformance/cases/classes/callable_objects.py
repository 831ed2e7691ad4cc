class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x * self.k
triple = Multiplier(3)
print(triple(5), list(map(triple, [1, 2])), callable(triple), callable(Multiplier), callable(5))

import random
class Fixed(random.Random):
    def random(self):
        return 0.625
f = Fixed(0)
print(f.randrange(100), f.choice('abcdefgh'), f.uniform(0, 8), f.randint(1, 10))
class Counting(random.Random):
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)
    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)
c = Counting(42)
print([c.randrange(1000) for _ in range(5)], c.calls)
print(random.Random(42).randrange(1000))

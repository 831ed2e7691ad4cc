import random
random.seed(2024)
print(random.randrange(10**40))
print(random.randint(-2**80, 2**80))
print(random.randrange(10**30, 10**31, 7))
print(random.getrandbits(200))
print([random.randrange(2**64) for _ in range(3)])
print(random.choice(range(10**15)))

import random
random.seed(42)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(10)])
print([random.randrange(10, -10, -3) for _ in range(10)])
print([random.randint(-1, 1) for _ in range(10)])

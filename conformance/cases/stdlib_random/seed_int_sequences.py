import random
random.seed(42)
print([random.random() for _ in range(5)])
for s in (0, 1, -3, 12345, 2**32, 2**100 + 7, -(2**64)):
    random.seed(s)
    print(s, random.random(), random.random())

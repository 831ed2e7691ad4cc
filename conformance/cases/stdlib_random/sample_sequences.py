import random
random.seed(11)
print(random.sample(range(100), 10))
print(random.sample('abcdefghij', 4))
print(random.sample(range(10**9), 5))
print(random.sample(list(range(50)), 30))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.sample(range(5), k=0), random.sample((1, 2, 3), 3))

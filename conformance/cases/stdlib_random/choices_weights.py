import random
random.seed(3)
print(random.choices('abc', k=8))
print(random.choices('abc', [10, 1, 1], k=8))
print(random.choices('abc', cum_weights=[1, 2, 10], k=8))
print(random.choices(range(5), weights=[0.1, 0.2, 0.3, 0.2, 0.2], k=6))
print(random.choices([True, False]))

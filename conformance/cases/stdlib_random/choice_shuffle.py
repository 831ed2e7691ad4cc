import random
random.seed(7)
print([random.choice('abcdefgh') for _ in range(10)])
print(random.choice([10, 20, 30]), random.choice((1.5, 2.5)), random.choice(range(100, 200)))
items = list(range(20))
random.shuffle(items)
print(items)
words = ['alpha', 'beta', 'gamma', 'delta']
random.shuffle(words)
print(words)
one = [1]
random.shuffle(one)
print(one)

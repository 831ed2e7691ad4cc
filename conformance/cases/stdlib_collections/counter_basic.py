from collections import Counter
c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()))
print(Counter({'x': 2, 'y': 5}), Counter(cats=4, dogs=8), Counter())
words = "the quick the lazy the end".split()
print(Counter(words).most_common(1))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter(a=1) == Counter(a=1, b=0))
del c['a']
del c['not-there']
print(c, len(c), list(c))

from itertools import count, islice, chain, product
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
c = chain(noisy(2), noisy(2))
print("chain created")
print(next(c))
big = product(range(10**6), repeat=10)
print(next(big))
evens = (x for x in count() if x % 2 == 0)
print(list(islice(evens, 3)))

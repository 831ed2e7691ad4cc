from itertools import count, cycle, repeat, islice
print(list(islice(count(), 5)), list(islice(count(10, -2), 4)), list(islice(count(2.5, 0.5), 3)))
print(list(islice(cycle('abc'), 7)), list(cycle([])))
print(list(repeat('x', 3)), list(repeat(1, -2)), list(islice(repeat(7), 2)))
print(list(map(pow, range(5), repeat(2))))
print(repr(count(5)), repr(count(1, 2)), repr(repeat(3, 2)), repr(repeat('a')))
c = count()
next(c)
next(c)
print(c)
for i, ch in zip(count(1), 'ab'):
    print(i, ch)

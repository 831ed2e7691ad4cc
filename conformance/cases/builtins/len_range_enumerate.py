print(len("abc"), len([1, 2]), len({}), len(range(10)), len(range(1, 10, 3)), len((1,)), len(b"ab"), len({1, 2}))
print(list(enumerate("ab")), list(enumerate([5, 6], 10)), list(range(5))[::-1])
print(range(3), range(1, 5, 2), repr(range(0)))

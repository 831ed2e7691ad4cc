from operator import itemgetter
get = itemgetter(5)
print(get(range(10)))
get([1, 2, 3])

from operator import itemgetter
rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 5.5)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)))
print(itemgetter(0, 2)(rows[0]), itemgetter(slice(1, None))("hello"), itemgetter("k")({"k": 42}))
print(list(map(itemgetter(-1), ["ab", "cd"])), itemgetter(1)(range(5)))
print(repr(itemgetter(1)), repr(itemgetter(0, "a", None)))

s = {1, 2, 3}
print(sorted(s.union([4], (5,))), sorted(s.intersection("123")), sorted(s.difference(range(2))), sorted(s.symmetric_difference([3, 4])))
print(s.issubset(range(10)), s.issuperset([1]), sorted(set("hello")), len(set(range(100)) - set(range(50))))

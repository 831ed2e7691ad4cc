print(sum([1, 2], start=10), sum([0.1, 0.2, 0.3]), sum((x / 10 for x in range(10))), sum([], start=[]))
print(sum([1, 2, 3], 0.0), type(sum([True, True])).__name__, sum([2 ** 64, 2 ** 64]))
print(sum(["a"]))

print(sum([1, 2, 3]), sum([], 10), sum(range(101)), sum([[1], [2]], []), sum([0.5, 0.25]))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a", [0]]), all(x > 0 for x in [1, -1]))

print(sum([1, 2], 3))
sum(["a", "b"], "")

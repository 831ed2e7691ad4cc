s = slice(1, 8, 3)
print(s, s.start, s.stop, s.step, list(range(10))[s], "abcdefghij"[s], s.indices(5))
print(slice(None, 3), (1, 2, 3, 4)[slice(2)])

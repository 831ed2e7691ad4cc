x = 100
result = [[x * y for y in range(3)] for x in range(2)]
print(result, x)
pairs = [(a, b) for a in "ab" for b in range(2) if (a, b) != ("b", 0)]
print(pairs)

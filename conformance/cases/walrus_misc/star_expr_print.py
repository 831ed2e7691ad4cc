print(*"abc", *range(2), sep="|")

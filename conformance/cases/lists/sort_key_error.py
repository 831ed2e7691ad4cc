words = ["aa", "b", "ccc"]
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.missing))

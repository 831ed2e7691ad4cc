print("ok", sep=":")
print("a", "b", sep=5)

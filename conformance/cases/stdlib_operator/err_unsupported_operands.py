import operator
print(operator.mul("ab", 2))
operator.sub("ab", "a")

import operator
print(operator.add(1, 2))
operator.add(1)

import operator
print(operator.concat([1], [2]))
operator.concat(1, 2)

from functools import reduce
import operator
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(operator.add, [], 0), reduce(lambda a, b: a + [b], [1, 2], []))
print(reduce(max, [3, 9, 2]), reduce(operator.add, ['a', 'b', 'c']), reduce(operator.add, [7]))
print(reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [('a', 1), ('b', 2)], {}))

from itertools import accumulate, chain
import operator
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)))
print(list(accumulate([1, 2, 3], initial=10)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate('abc')))
print(list(chain('ab', [1], ())), list(chain.from_iterable(['ab', 'cd'])), list(chain()))
print(list(chain.from_iterable(range(i) for i in range(4))))

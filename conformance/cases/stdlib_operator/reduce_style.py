import operator as op
from operator import mul, add
acc = 1
for x in range(1, 8):
    acc = mul(acc, x)
print(acc)
total = 0
for x in [1.5, 2.5, 3]:
    total = add(total, x)
print(total, list(map(op.neg, [1, -2, 3])), list(map(op.pow, [2, 3], [3, 2])))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=op.itemgetter(1)))

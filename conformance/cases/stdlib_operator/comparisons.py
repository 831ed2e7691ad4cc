import operator as op
for a, b in [(1, 2), (2, 2), (3, 2), ("a", "b"), ([1], [1, 0])]:
    print(a, b, op.lt(a, b), op.le(a, b), op.eq(a, b), op.ne(a, b), op.gt(a, b), op.ge(a, b))
print(op.eq(1, 1.0), op.is_(None, None), op.is_not(1, None), op.is_([], []))

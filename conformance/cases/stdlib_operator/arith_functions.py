import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul(4, 2.5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-2), op.abs(-3.5), op.invert(5), op.inv(0), op.lshift(1, 10), op.rshift(1024, 3))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.add("ab", "cd"), op.mul([0], 3))
print(op.__add__(1, 2), op.__mul__("x", 3), op.iadd([1], [2]), op.imul(2, 5))

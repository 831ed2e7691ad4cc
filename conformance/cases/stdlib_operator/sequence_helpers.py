import operator as op
print(op.truth([]), op.truth([0]), op.not_(0), op.not_("x"), op.contains([1, 2], 2), op.contains("abc", "d"))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf([5, 6, 7], 7), op.concat([1], [2]), op.concat("a", "b"), op.concat((1,), (2,)))
print(op.index(7), op.index(True), op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(5, 9))
l = [1, 2, 3]
op.setitem(l, 0, "x")
op.delitem(l, 1)
d = {}
op.setitem(d, "k", "v")
print(l, d, op.getitem(l, -1), op.getitem({"a": 1}, "a"), op.getitem("hello", slice(1, 3)))

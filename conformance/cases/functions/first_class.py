def double(x):
    return 2 * x
def square(x):
    return x * x
ops = {"d": double, "s": square}
pipeline = [double, square, double]
v = 3
for op in pipeline:
    v = op(v)
print(v, ops["s"](ops["d"](5)), [f(2) for f in ops.values()], sorted(ops))

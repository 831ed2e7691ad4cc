# corral: external fail
check = lambda v: v if v > 0 else fail("ValueError", "not positive: %r" % v)
print(check(3))
print([check(v) for v in [1, 2, 0]])

# corral: external fail echo
def inner(x):
    return fail("ValueError", "inner %d" % x)
def middle(x):
    return echo(x) + inner(x)
def outer():
    return middle(41)
outer()

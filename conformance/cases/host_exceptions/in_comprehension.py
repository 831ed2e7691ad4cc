# corral: external fail echo
print([echo(i) for i in range(3)])
print([fail("IndexError", "at %d" % i) if i == 2 else i for i in range(5)])

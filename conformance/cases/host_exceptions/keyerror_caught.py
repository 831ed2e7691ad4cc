# corral: external fail
try:
    fail("KeyError", "k")
except KeyError as e:
    print("caught", repr(e), e.args)
print("after")

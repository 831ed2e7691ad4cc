# corral: external fail
try:
    fail("AssertionError", "host assert")
except AssertionError as e:
    print("assert:", e)
fail("NotImplementedError", "later")

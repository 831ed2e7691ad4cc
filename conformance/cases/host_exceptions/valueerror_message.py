# corral: external fail
try:
    fail("ValueError", "bad value: ünicode")
except ValueError as e:
    print(type(e).__name__, str(e))
    print(e.args)

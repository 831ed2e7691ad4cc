# corral: external fail
try:
    fail("AttributeError", "no such thing")
except AttributeError as e:
    print("log:", e)
    raise

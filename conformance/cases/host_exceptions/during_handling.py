# corral: external fail
try:
    {}["missing"]
except KeyError:
    fail("RuntimeError", "while handling")

# corral: external fail
def check():
    fail("WeirdError", "unknown kinds become RuntimeError")
check()

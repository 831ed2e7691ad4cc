# corral: external fail
for name in ("NoSuchError", "int", "print", "", "Exception"):
    try:
        fail(name, "msg " + repr(name))
    except Exception as e:
        print(type(e).__name__, e)

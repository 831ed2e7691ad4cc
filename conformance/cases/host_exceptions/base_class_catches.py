# corral: external fail
for name in ("KeyError", "IndexError", "ZeroDivisionError", "OverflowError", "NotImplementedError"):
    try:
        fail(name, "m")
    except LookupError as e:
        print("lookup", type(e).__name__)
    except ArithmeticError as e:
        print("arith", type(e).__name__)
    except Exception as e:
        print("other", type(e).__name__, e)

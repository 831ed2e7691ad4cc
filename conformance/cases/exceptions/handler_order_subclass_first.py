def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except ArithmeticError:
        return "ArithmeticError"
    except Exception:
        return "Exception"
for e in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError()]:
    print(type(e).__name__, "->", classify(e))

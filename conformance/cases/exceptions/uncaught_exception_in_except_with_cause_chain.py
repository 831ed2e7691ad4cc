try:
    int("nope")
except ValueError as first:
    try:
        nothing = None
        nothing()
    except TypeError as second:
        raise LookupError("third") from second

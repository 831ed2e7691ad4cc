try:
    int("nope")
except ValueError as first:
    try:
        None()
    except TypeError as second:
        raise LookupError("third") from second

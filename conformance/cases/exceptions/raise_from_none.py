def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no {k}") from None
print(get({"a": 1}, "a"))
get({}, "b")

def f(v):
    match v:
        case (1, x) | (x, 1):
            return f"one-pair with {x}"
        case {"a": 1, **rest} if rest:
            return f"a1 plus {sorted(rest)}"
        case {"a": 1}:
            return "just a1"
        case [*_, "end"]:
            return "ends with end"
        case str(s) | bytes(s):
            return f"text {s!r}"
    return "no match"
for v in [(1, 5), (7, 1), {"a": 1, "b": 2}, {"a": 1}, ["x", "y", "end"], b"raw", 3.5]:
    print(v, "->", f(v))

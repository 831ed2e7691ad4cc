def f(v):
    match v:
        case [a, b]:
            return f"pair {a} {b}"
        case str() as s:
            return f"string {s}"
        case {"k": v2}:
            return f"mapping {v2}"
        case _:
            return "other"
print(f("ab"), f(["a", "b"]), f(range(2)), f({"k": 1, "extra": 2}), f(b"ab"), f(bytearray(b"ab")))

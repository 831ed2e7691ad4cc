def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(x):
            return f"float {x}"
        case list([*items]):
            return f"list of {len(items)}"
        case dict():
            return "dict"
        case tuple((a, b)):
            return f"pair {a},{b}"
    return "other"
print([kind(v) for v in [True, 3, 2.5, [1, 2], {}, (1, 2), (1, 2, 3), None]])

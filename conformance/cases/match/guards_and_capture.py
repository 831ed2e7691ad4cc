def classify(v):
    match v:
        case int(n) if n < 0:
            return "negative int"
        case int(n) if n % 2 == 0:
            return "even int"
        case int():
            return "odd int"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case [int() as a, int() as b] if a < b:
            return f"ascending {a}<{b}"
        case _:
            return "other"
for v in [-3, 4, 7, "hi", "hello", [1, 2], [2, 1]]:
    print(v, classify(v))

def check(v):
    if not isinstance(v, int):
        raise TypeError(f"expected int, got {type(v).__name__}")
    return v * 2
print(check(4))
check("4")

x: int = "not an int"
y: list[str]
def f(a: int, b: "str" = 3) -> None:
    return a + b
print(x, f(1), f.__annotations__)
print(y)

def documented(x: int) -> str:
    """Return x as text."""
    return str(x)
print(documented.__name__, documented.__doc__, documented.__annotations__)
print(documented.__qualname__, documented(3))

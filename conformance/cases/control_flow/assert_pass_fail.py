assert 1 + 1 == 2, "math works"
print("first assert ok")
x = 3
assert x > 5, f"x too small: {x}"

def inner():
    try:
        yield "inner-1"
    except ValueError as e:
        yield f"inner handled {e}"
def outer():
    yield from inner()
    yield "outer-after"
it = outer()
print(next(it))
print(it.throw(ValueError("boom")))
print(next(it))
print(next(it, "end"))

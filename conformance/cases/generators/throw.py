def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("generator caught", e)
it = g()
print(next(it))
print(it.throw(ValueError("bad value")))
it.throw(KeyError("unhandled"))

def g():
    try:
        yield 1
    finally:
        yield "bad"
it = g()
print(next(it))
it.close()

def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
it = g()
print(next(it))
it.close()
print("closed")
print(next(it, "exhausted"))

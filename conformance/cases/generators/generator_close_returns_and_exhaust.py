def g():
    yield 1
    yield 2
it = g()
print(next(it), it.close(), next(it, "closed"), list(it))
def h():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
it2 = h()
next(it2)
it2.close()
print("closed h")

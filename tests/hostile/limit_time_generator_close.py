# corral: limit time_ms=300
# hostile: expect limit=time
def g():
    try:
        yield 1
    finally:
        while True:
            pass
it = g()
next(it)
del it
while True:
    pass

# corral: external fail counter
def f():
    try:
        fail("OSError", "disk")
    finally:
        print("finally", counter())
try:
    f()
except OSError as e:
    print("caught", type(e).__name__, e)
f()

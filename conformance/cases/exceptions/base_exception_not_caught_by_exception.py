class Stop(BaseException):
    pass
try:
    try:
        raise Stop("halt")
    except Exception:
        print("wrong: caught by Exception")
except BaseException as e:
    print("caught as BaseException:", type(e).__name__, e)
raise Stop("uncaught halt")

try:
    raise ValueError("x")
except ValueError as e:
    err = e
print(type(err.__traceback__).__name__)
raise err.with_traceback(None)

try:
    raise ValueError("x")
except ValueError as e:
    err = e
print(type(err).__name__, err.args)
raise err.with_traceback(None)

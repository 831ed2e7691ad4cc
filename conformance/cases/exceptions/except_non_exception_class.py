try:
    print("in try")
    raise ValueError("v")
except "not a class":
    print("never")

errors = [ValueError("first"), KeyError("second")]
print("raising group of", len(errors))
raise ExceptionGroup("two problems", errors)

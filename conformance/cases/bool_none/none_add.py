print(None is None)
None + 1

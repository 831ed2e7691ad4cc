print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or [], [] and 5)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True & 2).__name__)
print(sum([True, True, False]), max(False, True), sorted([True, False, True]))

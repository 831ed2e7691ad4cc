print(True + 0.5, True * "ab", [10, 20][True], {True: "a", 1: "b"}, isinstance(False, int))
print(True.__class__.__name__, bool.__mro__[1].__name__, int(True) == 1, hash(True) == hash(1))
print(str(True).upper(), f"{True}", f"{True:d}", f"{False:>6}", repr(bool(None)))
class B(bool):
    pass

import copy
e = ValueError("bad", 2)
print(repr(copy.copy(e)), repr(copy.deepcopy(e)))
print(copy.Error.__name__, issubclass(copy.Error, Exception), copy.error is copy.Error)

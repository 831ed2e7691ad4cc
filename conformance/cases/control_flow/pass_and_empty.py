def noop():
    pass
class Empty:
    pass
if True:
    pass
print(noop(), type(Empty()).__name__)

class MultiError(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} errors")
        self.errors = errors
errs = []
for v in [1, 0, 2, 0]:
    try:
        10 // v
    except ZeroDivisionError as e:
        errs.append(e)
try:
    raise MultiError(errs)
except MultiError as m:
    print(m, [str(e) for e in m.errors])

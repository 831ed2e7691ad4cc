# corral: external fail
try:
    fail("ZeroDivisionError", "custom text")
except ZeroDivisionError as e:
    err = e
print(repr(err), str(err), err.args)
print(isinstance(err, ArithmeticError))
raise err

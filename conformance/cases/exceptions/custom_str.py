class Oops(Exception):
    def __str__(self):
        return "custom message"
try:
    raise Oops("ignored")
except Oops as e:
    print(e, repr(e), e.args)
raise Oops(1, 2)

from contextlib import suppress
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with suppress():
    pass
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed", e)
with suppress(LookupError):
    {}["missing"]
print("base class suppressed")

# hostile: expect ok
class Bad:
    def __repr__(self):
        raise ValueError("repr fails")
items = [1, Bad(), 3]
try:
    print(repr(items))
except ValueError as e:
    print("caught", e)
try:
    print({"k": Bad()})
except ValueError as e:
    print("caught", e)
try:
    print(f"{[Bad()]!r}")
except ValueError as e:
    print("caught", e)

import pprint
class Broken:
    def __repr__(self):
        raise RuntimeError("repr exploded")
try:
    pprint.pformat([1, Broken()])
except RuntimeError as e:
    print("RuntimeError", e)
class NotStr:
    def __repr__(self):
        return 42
try:
    pprint.pformat({"k": NotStr()})
except TypeError as e:
    print("TypeError", e)

import copy
class Boom:
    def __deepcopy__(self, memo):
        raise RuntimeError("no deep copies")
try:
    copy.deepcopy([1, Boom()])
except RuntimeError as e:
    print("RuntimeError", e)
class BadCopy:
    def __copy__(self):
        raise TypeError("nope")
try:
    copy.copy(BadCopy())
except TypeError as e:
    print("TypeError", e)

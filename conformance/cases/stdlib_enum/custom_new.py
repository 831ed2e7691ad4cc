from enum import Enum
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, "P.X")
    PY = (1, "P.Y")
print(Coord.PY.label, Coord(1), Coord.PX.value, Coord.PY == b"\x01")
class Ordered(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj
    FIRST = ()
    SECOND = ()
print([(m.name, m.value) for m in Ordered])

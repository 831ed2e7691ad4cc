from enum import Enum, auto
class O(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([m.value for m in O])
class Custom(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()
print([m.value for m in Custom])

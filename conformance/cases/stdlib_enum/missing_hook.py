from enum import Enum
class M(Enum):
    A = 1
    B = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
print(M("a"), M("b"), M(1))
try:
    M(5)
except ValueError as e:
    print("ValueError", e)
try:
    M("zzz")
except KeyError as e:
    print("KeyError", e)

import copy
from enum import Enum
class Mood(Enum):
    FUNKY = 1
class Size(int, Enum):
    S = 1
    L = 3
print(copy.deepcopy(Mood.FUNKY) is Mood.FUNKY, copy.copy(Size.S) is Size.S)
print(Size.L, repr(Size.L), Size.L + 1, f"{Size.S}", Size(3))
print(isinstance(Mood.FUNKY, Mood), isinstance(Mood.FUNKY, Enum), issubclass(Size, int))

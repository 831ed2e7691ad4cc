from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.GREEN in Color)
print(Color(2), Color["BLUE"], Color(Color.RED) is Color.RED, type(Color.RED).__name__)
print(Color, Color.__members__)

from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, Color.RED is Color(1))
d = {Color.RED: "r", Color.GREEN: "g"}
print(d[Color.GREEN], Color.RED in d, hash(Color.RED) == hash(Color.RED))
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError", e)

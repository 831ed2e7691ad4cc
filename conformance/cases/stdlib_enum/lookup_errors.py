from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
try:
    Color(3)
except ValueError as e:
    print("ValueError", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
try:
    Color("RED")
except ValueError as e:
    print("ValueError", e)

import string
f = string.Formatter()
try:
    f.format("{0}")
except IndexError as e:
    print("IndexError", e)
try:
    f.format("{name}")
except KeyError as e:
    print("KeyError", e)
try:
    f.format("{0!z}", 1)
except ValueError as e:
    print("ValueError", e)

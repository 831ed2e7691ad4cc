from enum import Flag, auto
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(repr(Color.WHITE), list(Color), repr(Color.RED | Color.GREEN), str(Color.RED | Color.BLUE))
print(repr(~Color.RED), repr(~Color.WHITE), repr(Color.RED & Color.GREEN), Color(7) is Color.WHITE)
print(Color.RED in Color.WHITE, bool(Color(0)), len(Color.RED | Color.BLUE), list(Color.RED | Color.BLUE))
print((Color.RED | Color.GREEN).name, Color(0).name, str(Color(0)))

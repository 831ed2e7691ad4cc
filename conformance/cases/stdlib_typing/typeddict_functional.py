# The functional TypedDict form, total=False included.
from typing import TypedDict

Point = TypedDict('Point', {'x': int, 'y': int})
print(Point(x=1, y=2), Point.__name__, sorted(Point.__required_keys__))
Opt = TypedDict('Opt', {'a': int, 'b': str}, total=False)
print(Opt(a=1), sorted(Opt.__optional_keys__), sorted(Opt.__required_keys__), Opt.__total__)
print(Opt.__annotations__)

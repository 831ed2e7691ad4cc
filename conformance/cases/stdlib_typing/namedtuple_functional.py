# NamedTuple('Name', [(field, type), ...]) and the keyword form.
from typing import NamedTuple

Pair = NamedTuple('Pair', [('left', int), ('right', str)])
print(Pair(1, 'z'), Pair._fields, Pair.__annotations__)
print(Pair(right='r', left=2)._asdict())
Single = NamedTuple('Single', value=float)
print(Single(2.5), Single._fields)
Empty = NamedTuple('Empty', [])
print(Empty(), Empty._fields, len(Empty()))

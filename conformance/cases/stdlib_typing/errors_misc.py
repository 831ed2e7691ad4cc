# Errors raised by typing's objects.
from typing import Any, NamedTuple, Union

try:
    Any()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Union()
except TypeError as e:
    print(type(e).__name__, e)
try:
    NamedTuple('P', [('x', int)], y=int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    NamedTuple('P', [('_x', int)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    NamedTuple('P', [('x', int), ('x', str)])
except ValueError as e:
    print(type(e).__name__, e)

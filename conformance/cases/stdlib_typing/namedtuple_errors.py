# Errors from NamedTuple definitions and construction.
from typing import NamedTuple

try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(NamedTuple):
        a: int = 1
        b: int = 2
        c: str
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad3(NamedTuple):
        x: int
        def _asdict(self):
            return {}
except AttributeError as e:
    print(type(e).__name__, e)

class P(NamedTuple):
    x: int
    y: int = 0

try:
    P()
except TypeError as e:
    print(type(e).__name__, e)
try:
    P(1).x = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    P(1)._replace(z=3)
except ValueError as e:
    print(type(e).__name__, e)

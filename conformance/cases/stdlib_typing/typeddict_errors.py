# TypedDict refuses instance checks and mixed bases.
from typing import TypedDict

class Movie(TypedDict):
    name: str

try:
    isinstance({}, Movie)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(dict, Movie)
except TypeError as e:
    print(type(e).__name__, e)

class Plain:
    pass

try:
    class Mixed(Movie, Plain):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    TypedDict('T', {'a': int}, b=str)
except TypeError as e:
    print(type(e).__name__, e)

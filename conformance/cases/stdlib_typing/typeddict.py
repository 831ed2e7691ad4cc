# TypedDict classes make plain dicts; required/optional keys are recorded.
from typing import TypedDict

class Movie(TypedDict):
    name: str
    year: int

m = Movie(name='Blade Runner', year=1982)
print(type(m).__name__, m, m['year'], Movie.__name__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(Movie.__annotations__)

class Film(Movie):
    rating: float

print(sorted(Film.__required_keys__), Film.__annotations__)
f = Film(name='x', year=1, rating=4.5)
f['extra'] = True
print(f, type(f) is dict)
print(Movie({'name': 'y', 'year': 2}))

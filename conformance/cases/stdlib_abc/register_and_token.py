from abc import ABC, ABCMeta, get_cache_token
class Base(ABC):
    pass
class Other:
    pass
print(Base.register(Other) is Other, isinstance(get_cache_token(), int))
try:
    Base.register(5)
except TypeError as e:
    print("TypeError", e)

# TypeVar, Generic[T] subclassing and Protocol subclassing.
from typing import Generic, Protocol, TypeVar

T = TypeVar('T')
K = TypeVar('K', bound=int)
print(T, K, T.__name__)

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item

print(Box(3).get(), Box[int](4).get(), Box[str]('s').item)

class Pair(Generic[T, K]):
    pass

print(type(Pair()).__name__, isinstance(Box(1), Box))

class Closer(Protocol):
    def close(self) -> None:
        ...

class File(Closer):
    def close(self):
        return 'closed'

print(File().close(), isinstance(File(), File))

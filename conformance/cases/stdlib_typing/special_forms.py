# Annotations with the subscriptable special forms evaluate without error.
from typing import (Any, Callable, Dict, List, Literal, Optional, Set, Tuple,
                    Union, Iterable, Iterator, Mapping, Sequence, TYPE_CHECKING)

def f(a: Optional[int], b: Union[int, str], c: Callable[[int], str],
      d: Dict[str, List[int]], e: Literal['x', 'y'], g: Tuple[int, ...] = ()) -> Any:
    return a, b, c(1), d, e, g

print(f(None, 'b', str, {'k': [1]}, 'x'))
x: Mapping[str, Sequence[int]] = {'a': [1]}
y: Iterable[Set[int]] = []
z: Iterator[int] = iter([])
w: list[int] = [1]
v: dict[str, int] = {}
print(x, y, list(z), w, v, TYPE_CHECKING)
if TYPE_CHECKING:
    print('never')
print(repr(Any), repr(Union), repr(Optional), repr(Literal))

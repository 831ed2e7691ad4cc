from typing import List as L, Dict as D
import typing as t
def f(xs: L[int]) -> D[str, int]:
    return {str(x): x for x in xs}
print(f([1, 2]), t.Optional is not None)

from typing import Optional, List
def first(xs: List[int]) -> Optional[int]:
    return xs[0] if xs else None
print(first([4]), first([]))

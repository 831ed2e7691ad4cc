from typing import Optional
print(Optional is not None)
try:
    from typing import NoSuchThing
except ImportError as e:
    print(type(e).__name__, e.name)
from typing import List
xs: List[int] = []
xs[0]

from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
for args, kwargs in [((), {}), ((1, 2, 3, 4), {}), ((1,), {"x": 2}), ((1,), {"q": 1})]:
    try:
        P(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
@dataclass
class Q:
    a: int
    b: int
    c: int
for args in [(), (1,)]:
    try:
        Q(*args)
    except TypeError as e:
        print("TypeError", e)

from dataclasses import dataclass, field
try:
    @dataclass
    class Bad:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass
    class Bad3:
        x: dict = {}
except ValueError as e:
    print("ValueError", e)
try:
    @dataclass(order=True, eq=False)
    class Bad4:
        x: int
except ValueError as e:
    print("ValueError", e)

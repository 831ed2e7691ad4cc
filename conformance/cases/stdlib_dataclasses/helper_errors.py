from dataclasses import dataclass, field, fields, asdict, astuple, replace
@dataclass
class C:
    a: int
    c: int = field(init=False, default=0)
for call in (lambda: asdict(5), lambda: astuple("s"), lambda: fields(5), lambda: replace(object())):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
try:
    replace(C(1), c=2)
except ValueError as e:
    print("ValueError", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError", e)

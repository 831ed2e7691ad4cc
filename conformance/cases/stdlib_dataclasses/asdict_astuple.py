from dataclasses import dataclass, field, asdict, astuple
@dataclass
class Inner:
    v: int
@dataclass
class Outer:
    name: str
    items: list = field(default_factory=list)
    mapping: dict = field(default_factory=dict)
o = Outer("o", [Inner(1), Inner(2)], {"k": Inner(3)})
print(asdict(o))
print(astuple(o))
d = asdict(o)
print(d["items"][0] is not o.items[0], type(d["items"]).__name__)

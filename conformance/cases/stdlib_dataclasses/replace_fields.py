from dataclasses import dataclass, field, fields, replace, is_dataclass
@dataclass(frozen=True)
class V:
    a: int
    b: str = "z"
print(replace(V(1), b="q"), replace(V(1)), V(1))
print([f.name for f in fields(V)], [f.type for f in fields(V)], fields(V(1))[1].default)
print(is_dataclass(V), is_dataclass(V(1)), is_dataclass(5), is_dataclass(int))

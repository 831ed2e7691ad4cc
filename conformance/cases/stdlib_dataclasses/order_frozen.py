from dataclasses import dataclass
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str = "z"
print(V(1) < V(2), V(1, "a") <= V(1, "b"), V(2) > V(1), sorted([V(3), V(1), V(2)]))
print(hash(V(1)) == hash(V(1)), {V(1): "one"}[V(1)], V(1) == V(1, "z"))
try:
    V(1) < 5
except TypeError as e:
    print("TypeError", e)

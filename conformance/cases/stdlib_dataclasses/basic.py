from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1)
print(p, p == P(1), p != P(2), P(1, 2, ["a"]))
print(P.__init__.__qualname__, P.__repr__.__qualname__, P.__match_args__)
print(P(y=5, x=4), P.y, "x" in P.__dict__)

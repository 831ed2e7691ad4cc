from dataclasses import dataclass, field
@dataclass
class Node:
    val: int
    kids: list = field(default_factory=list)
n = Node(1)
n.kids.append(n)
print(n)
print(Node(1) == Node(1), Node(1) == (1, []), Node(2, [Node(3)]))
@dataclass(eq=False)
class Ident:
    v: int
print(Ident(1) == Ident(1), hash(Ident(1)) != 0)

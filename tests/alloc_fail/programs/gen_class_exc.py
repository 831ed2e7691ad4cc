# Generators, classes, closures, exceptions and containers in one small
# program: the allocation-failure test fails each allocation of it in turn.
class Node:
    __slots__ = ()

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def walk(self):
        yield self.value
        for child in self.children:
            yield from child.walk()

    def __repr__(self):
        return f"Tree({self.value!r}, {len(self.children)})"

class Bad(Exception):
    def __init__(self, code):
        super().__init__(f"bad {code}")
        self.code = code

def make_counter():
    count = 0
    def bump(n=1):
        nonlocal count
        count += n
        return count
    return bump

def risky(i):
    if i % 3 == 0:
        raise Bad(i)
    return {"i": i, "sq": i * i, "s": str(i) * 2}

tree = Tree(1, [Tree(2, [Tree(4)]), Tree(3, [Tree(5), Tree(6, [Tree(7)])])])
print(list(tree.walk()), repr(tree))
bump = make_counter()
results, failures = [], []
for i in range(12):
    try:
        results.append(risky(i))
    except Bad as e:
        failures.append((e.code, str(e)))
    finally:
        bump()
print(len(results), failures, bump(0))
squares = {r["i"]: r["sq"] for r in results if r["sq"] % 2}
print(sorted(squares.items()), {x % 5 for x in squares})
gen = (x * 2 for x in range(10) if x != 4)
print(sum(gen), "-".join(str(r["s"]) for r in results[:4]))
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(type(e.__cause__).__name__, e, (2 ** 100) // 7, 1.5 * 3)
with_list = sorted([Tree(n) for n in "cab"], key=lambda t: t.value)
print(with_list, max(t.value for t in with_list))
raise Bad(99)

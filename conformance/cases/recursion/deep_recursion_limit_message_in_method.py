class Node:
    def __init__(self, parent=None):
        self.parent = parent
    def depth(self):
        return 0 if self.parent is None else 1 + self.parent.depth()
n = None
for _ in range(500):
    n = Node(n)
print(n.depth())
for _ in range(1000):
    n = Node(n)
try:
    n.depth()
except RecursionError as e:
    print(type(e).__name__, e)

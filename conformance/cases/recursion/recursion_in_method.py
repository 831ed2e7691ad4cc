class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
n = None
for _ in range(50):
    n = Node(n)
print(n.length())
loop = Node()
loop.nxt = loop
loop.length()

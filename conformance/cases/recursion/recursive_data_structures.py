def tree_sum(node):
    if node is None:
        return 0
    value, left, right = node
    return value + tree_sum(left) + tree_sum(right)
tree = (1, (2, (4, None, None), None), (3, None, (5, None, None)))
print(tree_sum(tree))
def depth(node):
    return 0 if node is None else 1 + max(depth(node[1]), depth(node[2]))
print(depth(tree))

def make_acc():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    def total():
        return sum(items)
    return add, total
add, total = make_acc()
for v in [5, 10, 15]:
    add(v)
print(total(), add(1), total())

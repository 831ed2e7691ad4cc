def make():
    items = []
    def show():
        return list(items)
    items.append("a")
    result = show
    items.append("b")
    return result
print(make()())
def rebinding():
    x = 1
    f = lambda: x
    x = 2
    return f()
print(rebinding())

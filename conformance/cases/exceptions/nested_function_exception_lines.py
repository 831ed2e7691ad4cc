def level_a(data):
    return level_b(data) + 1
def level_b(data):
    total = 0
    for item in data:
        total += level_c(item)
    return total
def level_c(item):
    if isinstance(item, str):
        return len(item)
    return item["size"]
print(level_a(["ab", "cde"]))
print(level_a(["ab", 5]))

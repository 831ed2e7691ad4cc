def numbers():
    yield 1
    yield 2
    raise KeyError("from generator")
def consume():
    total = 0
    for n in numbers():
        total += n
        print("total", total)
    return total
consume()

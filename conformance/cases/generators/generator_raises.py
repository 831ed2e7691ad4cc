def parse(items):
    for it in items:
        yield int(it)
total = 0
for n in parse(["1", "2", "x"]):
    total += n
    print("running total", total)

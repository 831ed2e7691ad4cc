def parse(s):
    return int(s)
print(sum(parse(s) for s in ["1", "2"]))
print(sum(parse(s) for s in ["3", "four"]))

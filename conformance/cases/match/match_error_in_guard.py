def g(v):
    match v:
        case [x] if x > 0:
            return "positive"
        case _:
            return "other"
print(g([5]), g([]))
print(g(["s"]))

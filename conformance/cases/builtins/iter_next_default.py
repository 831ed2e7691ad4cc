it = iter([1, 2])
print(next(it), next(it, "x"), next(it, "x"), next(it, None))
it2 = iter("ab")
print(list(it2), list(it2))
calls = []
def source():
    calls.append(1)
    return len(calls)
print(list(iter(source, 4)))
next(iter([]))

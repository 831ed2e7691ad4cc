def g():
    try:
        yield 1
        return "r"
    finally:
        print("finally in generator")
for v in g():
    print("value", v)
print(list(g()))

def gen():
    yield 1
g = gen()
print("created")
g.send(5)

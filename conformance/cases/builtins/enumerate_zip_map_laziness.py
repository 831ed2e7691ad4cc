def src(tag, n):
    for i in range(n):
        print("yield", tag, i)
        yield i
z = zip(src("a", 3), src("b", 2))
print("zip created")
print(list(z))
m = map(lambda x: x * 10, src("m", 2))
print(next(m))

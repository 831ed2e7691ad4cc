xs = [1, 2, 3, 4, 5, 6]
for x in xs:
    if x % 2 == 0:
        xs.remove(x)
print(xs)
for x in xs[:]:
    xs.append(x * 10)
print(xs)

data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long list", n)
big = [y for x in data if (y := x * 3) > 10]
print(big)
chunks = iter(["a", "b", ""])
while (c := next(chunks)):
    print("chunk", c)
print((z := 5) + z)
